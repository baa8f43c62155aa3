package org.opencsc.ingest.internal;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a {@link CsvFile} and the checks every CSV source makes of a field. Each check
 * reports what is wrong (file, row, child, field, value, rule) and returns null; an error marks the
 * row {@link #rejected()} so that it is not staged, a query lets it through. Sources extend it with
 * their own fields' checks.
 */
public class CsvRow {

  private final SourceFile file;
  private final Findings findings;
  private final Map<String, Integer> columns;
  private CsvRecord record;
  private long number;
  private boolean rejected;

  protected CsvRow(SourceFile file, Findings findings, CsvFile csv) {
    this.file = file;
    this.findings = findings;
    this.columns = csv.columns();
    this.record = csv.record();
  }

  /** Moves to the file's current row. */
  public void reset(CsvFile csv) {
    this.record = csv.record();
    this.number = csv.rows();
    this.rejected = false;
  }

  public String fileName() {
    return file.name();
  }

  public long number() {
    return number;
  }

  public boolean rejected() {
    return rejected;
  }

  /** The child the row is about, named in its findings; none unless a source says. */
  protected @Nullable String childId() {
    return null;
  }

  /** The field's value, trimmed; null when blank or when the file has no such column. */
  public @Nullable String text(String column) {
    Integer index = columns.get(column.toLowerCase(Locale.ROOT));
    if (index == null || index >= record.getFieldCount()) {
      return null;
    }
    String value = record.getField(index).strip();
    return value.isEmpty() ? null : value;
  }

  /** A value the row cannot do without: null, and the row rejected, when blank. */
  public @Nullable String required(String column) throws SQLException {
    String value = text(column);
    if (value == null) {
      error(column, null, "MISSING_VALUE", "this field must have a value");
    }
    return value;
  }

  /** Reports an end before its start as an error. */
  public void checkOrder(
      String startColumn, @Nullable LocalDate start, String endColumn, @Nullable LocalDate end)
      throws SQLException {
    if (start != null && end != null && end.isBefore(start)) {
      error(endColumn, end.toString(), "END_BEFORE_START", "before " + startColumn + " " + start);
    }
  }

  /** Keeps the row out and says why. */
  public void error(String column, @Nullable String value, String rule, String message)
      throws SQLException {
    rejected = true;
    findings.error(file, number, childId(), column, value, rule, message);
  }

  /** Lets the row in and flags it. */
  public void query(String column, @Nullable String value, String rule, String message)
      throws SQLException {
    findings.query(file, number, childId(), column, value, rule, message);
  }

  /** The row's values to stage: file name and row number, then {@code values}. */
  public Object[] staged(@Nullable Object[] values) {
    Object[] staged = new Object[values.length + 2];
    staged[0] = file.name();
    staged[1] = number;
    System.arraycopy(values, 0, staged, 2, values.length);
    return staged;
  }
}
