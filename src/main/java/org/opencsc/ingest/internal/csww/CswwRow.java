package org.opencsc.ingest.internal.csww;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.internal.CsvFile;
import org.opencsc.ingest.internal.CsvRow;
import org.opencsc.ingest.internal.ExportDates;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.SourceFile;

/**
 * One data row of a census file and the checks a field can pass or fail by itself, by the XSD's
 * element names. Each accessor reports what is wrong (file, row, field, value, rule, reason) and
 * returns null; an error marks the row {@link #rejected()} so that it is not staged, a query lets
 * it through.
 */
final class CswwRow extends CsvRow {

  private final CswwRules rules;

  CswwRow(SourceFile file, Findings findings, CsvFile csv, CswwRules rules) {
    super(file, findings, csv);
    this.rules = rules;
  }

  CswwRules rules() {
    return rules;
  }

  /** Flags a blank field the DfE expects but the row can load without. */
  void expected(String column, String why) throws SQLException {
    if (text(column) == null) {
      query(column, null, "EXPECTED_FIELD", "blank, but the census expects it " + why);
    }
  }

  /** The SWENo, upper-cased, if it has the XSD's form. */
  @Nullable String sweNo(String column) throws SQLException {
    String value = required(column);
    if (value != null && !CswwRules.SWE_NO.matcher(value).matches()) {
      error(
          column,
          value,
          "SWENO_FORMAT",
          "not a Social Work England number (two letters, 1-10 digits)");
      return null;
    }
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  /** A date ({@link ExportDates}); null when blank, or when not a date (an error). */
  @Nullable LocalDate date(String column, boolean required) throws SQLException {
    String value = required ? required(column) : text(column);
    if (value == null) {
      return null;
    }
    LocalDate date = ExportDates.parse(value);
    if (date == null) {
      error(column, value, "DATE_FORMAT", "not a date (yyyy-mm-dd, or dd/mm/yyyy)");
    }
    return date;
  }

  /** The code, upper-cased, if the year's list has it; otherwise an error naming the list. */
  @Nullable String code(String column, boolean required) throws SQLException {
    String value = required ? required(column) : text(column);
    if (value == null) {
      return null;
    }
    String code = value.toUpperCase(Locale.ROOT);
    if (rules.codes().allows(column, code)) {
      return code;
    }
    error(
        column,
        value,
        "UNKNOWN_CODE",
        String.format(
            "not a %s code of the census year %d (allowed: %s)",
            column,
            rules.codeYear(),
            String.join(" ", new TreeSet<>(rules.codes().codes(column)))));
    return null;
  }

  /**
   * A decimal with at most {@code decimals} places from {@code min} to {@code max} (no upper bound
   * when null); null when blank or not such a number (an error).
   */
  @Nullable BigDecimal decimal(
      String column, boolean required, int decimals, BigDecimal min, @Nullable BigDecimal max)
      throws SQLException {
    String value = required ? required(column) : text(column);
    if (value == null) {
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value);
    } catch (NumberFormatException e) {
      error(column, value, "NUMBER_FORMAT", "not a number");
      return null;
    }
    if (number.stripTrailingZeros().scale() > decimals) {
      error(column, value, "NUMBER_FORMAT", "more than " + decimals + " decimal places");
      return null;
    }
    if (number.compareTo(min) < 0 || (max != null && number.compareTo(max) > 0)) {
      error(
          column,
          value,
          "OUT_OF_RANGE",
          max == null ? "less than " + min : "not from " + min + " to " + max);
      return null;
    }
    return number;
  }

  /** A whole number, 0 or more. */
  @Nullable Integer count(String column, boolean required) throws SQLException {
    BigDecimal number =
        decimal(column, required, 0, BigDecimal.ZERO, BigDecimal.valueOf(Integer.MAX_VALUE));
    return number == null ? null : number.intValueExact();
  }
}
