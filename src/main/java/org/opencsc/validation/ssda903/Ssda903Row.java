package org.opencsc.validation.ssda903;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.validation.Located;

/**
 * One row of an SSDA903 table as the file has it: values by the DfE's column names, trimmed, with
 * dates read as {@code dd/mm/yyyy} (a one-digit day or month too) once, on first use.
 */
public final class Ssda903Row implements Located {

  private static final Object UNREADABLE = new Object();

  private final String table;
  private final String file;
  private final long row;
  private final Map<String, Integer> columns;
  private final String[] values;
  private final Object[] dates;

  /**
   * @param table the DfE's table name: {@code Header}, {@code Episodes}, …
   * @param row the row's number in its file (the header line is row 1)
   * @param columns the file's column positions by name (shared by the file's rows)
   * @param values the row's values in the file's column order
   */
  public Ssda903Row(String table, long row, Map<String, Integer> columns, String[] values) {
    this(table, "", row, columns, values);
  }

  /**
   * @param file the name of the file the row was read from, for the findings
   */
  public Ssda903Row(
      String table, String file, long row, Map<String, Integer> columns, String[] values) {
    this.table = table;
    this.file = file;
    this.row = row;
    this.columns = columns;
    this.values = values;
    this.dates = new Object[values.length];
  }

  @Override
  public String table() {
    return table;
  }

  /** The file the row was read from ({@code ""} when built by hand). */
  public String file() {
    return file;
  }

  @Override
  public long row() {
    return row;
  }

  @Override
  public String value(String field) {
    Integer at = columns.get(field);
    if (at == null || at >= values.length) {
      return "";
    }
    String value = values[at];
    return value == null ? "" : value.trim();
  }

  public boolean blank(String field) {
    return value(field).isEmpty();
  }

  public boolean present(String field) {
    return !blank(field);
  }

  /** Whether the value is one of {@code codes} (a blank value is none of them). */
  public boolean is(String field, String... codes) {
    String value = value(field);
    for (String code : codes) {
      if (code.equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** The date, or null when blank or not a valid {@code dd/mm/yyyy} date. */
  public @Nullable LocalDate date(String field) {
    Integer at = columns.get(field);
    if (at == null || at >= values.length) {
      return null;
    }
    Object date = dates[at];
    if (date == null) {
      date = read(value(field));
      dates[at] = date;
    }
    return date == UNREADABLE ? null : (LocalDate) date;
  }

  /** Whether the field holds a value that is not a valid date. */
  public boolean invalidDate(String field) {
    return present(field) && date(field) == null;
  }

  /** The whole number, or null when blank or not a number. */
  public @Nullable Integer number(String field) {
    String value = value(field);
    if (value.isEmpty() || value.length() > 9) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return Integer.parseInt(value);
  }

  private static Object read(String text) {
    int first = text.indexOf('/');
    int second = first < 0 ? -1 : text.indexOf('/', first + 1);
    if (first < 1 || first > 2 || second - first < 2 || second - first > 3) {
      return UNREADABLE;
    }
    if (text.length() - second != 5) {
      return UNREADABLE;
    }
    try {
      int day = Integer.parseInt(text, 0, first, 10);
      int month = Integer.parseInt(text, first + 1, second, 10);
      int year = Integer.parseInt(text, second + 1, text.length(), 10);
      return LocalDate.of(year, month, day);
    } catch (NumberFormatException | DateTimeException e) {
      return UNREADABLE;
    }
  }

  @Override
  public String toString() {
    return table + " row " + row;
  }
}
