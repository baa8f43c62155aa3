package org.opencsc.ingest.internal.ssd;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.CsvFile;
import org.opencsc.ingest.internal.CsvRow;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.SourceFile;

/**
 * One data row of an SSD file and the checks a row can pass or fail by itself. Each accessor
 * reports what is wrong with the field (file, row, child, field, value, rule) and returns null; an
 * error marks the row {@link #rejected()} so that it is not staged, a query lets it through.
 */
final class SsdRow extends CsvRow {

  private static final Set<String> YES = Set.of("Y", "YES", "1", "TRUE", "T");
  private static final Set<String> NO = Set.of("N", "NO", "0", "FALSE", "F");

  private @Nullable String childId;

  SsdRow(SourceFile file, Findings findings, CsvFile csv) {
    super(file, findings, csv);
  }

  @Override
  public void reset(CsvFile csv) {
    super.reset(csv);
    this.childId = null;
  }

  @Override
  protected @Nullable String childId() {
    return childId;
  }

  /** A child's ID, trimmed and upper-cased; it names the child in the row's findings. */
  @Nullable String child(String column) throws SQLException {
    String value = required(column);
    if (value != null) {
      childId = value.toUpperCase(Locale.ROOT);
    }
    return childId;
  }

  /** A date ({@link SsdDates}); null when blank, or when not a date (an error). */
  @Nullable LocalDate date(String column, boolean required) throws SQLException {
    String value = required ? required(column) : text(column);
    if (value == null) {
      return null;
    }
    LocalDate date = SsdDates.parse(value);
    if (date == null) {
      error(column, value, "DATE_FORMAT", "not a date (yyyy-mm-dd, or dd/mm/yyyy)");
      return null;
    }
    if (date.equals(SsdDates.NONE)) {
      if (required) {
        error(column, value, "MISSING_VALUE", "1900-01-01 is SQL Server's empty date");
      }
      return null;
    }
    return date;
  }

  /** A Y/N flag (also Yes/No, 1/0, true/false); null when blank, or when not a flag (an error). */
  @Nullable Boolean flag(String column) throws SQLException {
    String value = text(column);
    if (value == null) {
      return null;
    }
    Boolean flag = parseFlag(value);
    if (flag == null) {
      error(column, value, "FLAG_FORMAT", "not a flag: Y or N");
    }
    return flag;
  }

  /** True for Y (Yes, 1, true), false for N (No, 0, false), any case; otherwise null. */
  static @Nullable Boolean parseFlag(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    if (YES.contains(upper) || NO.contains(upper)) {
      return YES.contains(upper);
    }
    return null;
  }

  /** The code, upper-cased, if the year's list has it; otherwise reported with the list. */
  @Nullable String code(String column, CodeLists codes, boolean required, boolean errorIfUnknown)
      throws SQLException {
    String value = required ? required(column) : text(column);
    if (value == null) {
      return null;
    }
    String code = value.toUpperCase(Locale.ROOT);
    if (codes.allows(column, code)) {
      return code;
    }
    String message = "not a code of this year's list: " + String.join(" ", codes.codes(column));
    if (errorIfUnknown) {
      error(column, value, "UNKNOWN_CODE", message);
      return null;
    }
    query(column, value, "UNKNOWN_CODE", message + "; loaded as given");
    return code;
  }
}
