package org.opencsc.ingest.internal.cin;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.cin.XmlNode;

/**
 * The values of one element (ChildIdentifiers, a CINdetails, an Assessments, …), each read with its
 * check. A value that fails is an ERROR that keeps the whole element out, together with what it
 * holds: {@code keptOut} names that in every message ("this Assessments and its factors"), and
 * {@link #refused()} tells the caller not to stage it.
 */
final class Fields {

  private final XmlNode node;
  private final ChildScope child;
  private final String keptOut;
  private boolean refused;

  Fields(XmlNode node, ChildScope child, String keptOut) {
    this.node = node;
    this.child = child;
    this.keptOut = keptOut;
  }

  /** Whether the element gives the field a value. */
  boolean has(String name) {
    return node.text(name) != null;
  }

  @Nullable LocalDate date(String name, boolean required) throws SQLException {
    String text = node.text(name);
    if (text == null) {
      return missing(name, required);
    }
    Optional<LocalDate> date = Dates.parse(text);
    if (date.isEmpty()) {
      refuse(name, text, "DATE_FORMAT", "not a date in the form yyyy-mm-dd");
    }
    return date.orElse(null);
  }

  /** A code of the year's list for this field. */
  @Nullable String code(String name, boolean required) throws SQLException {
    String text = node.text(name);
    if (text == null) {
      return missing(name, required);
    }
    if (!child.codes().allows(name, text)) {
      refuse(
          name, text, "UNKNOWN_CODE", "not a " + name + " code of the " + child.year() + " census");
      return null;
    }
    return text;
  }

  /** {@code 0} no, {@code 1} yes. */
  @Nullable Boolean yesNo(String name, boolean required) throws SQLException {
    String text = node.text(name);
    if (text == null) {
      return missing(name, required);
    }
    if (!text.equals("0") && !text.equals("1")) {
      refuse(name, text, "UNKNOWN_CODE", name + " is 0 (no) or 1 (yes)");
      return null;
    }
    return text.equals("1");
  }

  /** A whole number from 0 to 999. */
  @Nullable Integer count(String name, boolean required) throws SQLException {
    String text = node.text(name);
    if (text == null) {
      return missing(name, required);
    }
    if (!text.matches("[0-9]{1,3}")) {
      refuse(name, text, "NUMBER_FORMAT", "not a whole number from 0 to 999");
      return null;
    }
    return Integer.valueOf(text);
  }

  /** Refuses the element when {@code later} is before {@code earlier} (both given). */
  void order(
      @Nullable LocalDate earlier, String earlierName, @Nullable LocalDate later, String laterName)
      throws SQLException {
    if (earlier != null && later != null && later.isBefore(earlier)) {
      refuse(
          laterName,
          later.toString(),
          "DATE_ORDER",
          laterName + " is before " + earlierName + " " + earlier);
    }
  }

  /** An ERROR that keeps the element out. */
  void refuse(String field, @Nullable String value, String rule, String reason)
      throws SQLException {
    refused = true;
    child.error(field, value, rule, reason + node.where() + "; kept out: " + keptOut);
  }

  boolean refused() {
    return refused;
  }

  private <T> @Nullable T missing(String name, boolean required) throws SQLException {
    if (required) {
      refuse(name, null, "MISSING_VALUE", name + " is required");
    }
    return null;
  }
}
