package org.opencsc.ingest.internal.ssd;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.internal.CodeLists;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.SourceFile;

/**
 * One data row of an SSD file and the checks a row can pass or fail by itself. Each accessor
 * reports what is wrong with the field (file, row, child, field, value, rule) and returns null; an
 * error marks the row {@link #rejected()} so that it is not staged, a query lets it through.
 */
final class SsdRow {

  private static final Set<String> YES = Set.of("Y", "YES", "1", "TRUE", "T");
  private static final Set<String> NO = Set.of("N", "NO", "0", "FALSE", "F");

  private final SourceFile file;
  private final Findings findings;
  private final Map<String, Integer> columns;
  private CsvRecord record;
  private long number;
  private @Nullable String childId;
  private boolean rejected;

  SsdRow(SourceFile file, Findings findings, Map<String, Integer> columns, CsvRecord first) {
    this.file = file;
    this.findings = findings;
    this.columns = Map.copyOf(columns);
    this.record = first;
  }

  /** Moves to the next data row (1 = the first row after the header). */
  void reset(CsvRecord next, long rowNumber) {
    this.record = next;
    this.number = rowNumber;
    this.childId = null;
    this.rejected = false;
  }

  String fileName() {
    return file.name();
  }

  long number() {
    return number;
  }

  boolean rejected() {
    return rejected;
  }

  /** The field's value, trimmed; null when blank or when the file has no such column. */
  @Nullable String text(String column) {
    Integer index = columns.get(column);
    if (index == null || index >= record.getFieldCount()) {
      return null;
    }
    String value = record.getField(index).strip();
    return value.isEmpty() ? null : value;
  }

  /** A value the row cannot do without: null, and the row rejected, when blank. */
  @Nullable String required(String column) throws SQLException {
    String value = text(column);
    if (value == null) {
      error(column, null, "MISSING_VALUE", "this field must have a value");
    }
    return value;
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
    String upper = value.toUpperCase(Locale.ROOT);
    if (YES.contains(upper) || NO.contains(upper)) {
      return YES.contains(upper);
    }
    error(column, value, "FLAG_FORMAT", "not a flag: Y or N");
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

  /** Reports an end before its start as an error. */
  void checkOrder(
      String startColumn, @Nullable LocalDate start, String endColumn, @Nullable LocalDate end)
      throws SQLException {
    if (start != null && end != null && end.isBefore(start)) {
      error(endColumn, end.toString(), "END_BEFORE_START", "before " + startColumn + " " + start);
    }
  }

  /** Keeps the row out and says why. */
  void error(String column, @Nullable String value, String rule, String message)
      throws SQLException {
    rejected = true;
    findings.error(file, number, childId, column, value, rule, message);
  }

  /** Lets the row in and flags it. */
  void query(String column, @Nullable String value, String rule, String message)
      throws SQLException {
    findings.query(file, number, childId, column, value, rule, message);
  }
}
