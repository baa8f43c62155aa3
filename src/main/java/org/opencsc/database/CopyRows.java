package org.opencsc.database;

import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format (tab-separated, {@code \N} for null), sent
 * with one COPY each time the buffer passes {@value #FLUSH_CHARS} characters and on {@link #flush},
 * so memory holds a bounded part of a file, never all of it. A {@link CopySender} sends them: at
 * once, or from a thread of its own.
 */
public final class CopyRows {

  static final int FLUSH_CHARS = 1 << 20;

  private final CopySender sender;
  private final String sql;
  private final String prefix;
  private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
  private long rows;

  /**
   * Rows sent at once on this thread.
   *
   * @param table the table to fill, already quoted if it needs quoting
   * @param columns its columns in the order {@link #add} gives values, comma-separated
   */
  public CopyRows(CopyManager copy, String table, String columns) {
    this(CopySender.direct(copy), table, columns);
  }

  /** Rows sent by {@code sender}; see {@link #CopyRows(CopyManager, String, String)}. */
  public CopyRows(CopySender sender, String table, String columns) {
    this(sender, table, columns, "");
  }

  /**
   * Rows that all start with the same values, given once: {@code prefix} is those values in COPY
   * text, each followed by a tab, and {@code columns} names their columns first.
   */
  public CopyRows(CopySender sender, String table, String columns, String prefix) {
    this.sender = sender;
    this.sql = "copy " + table + " (" + columns + ") from stdin";
    this.prefix = prefix;
  }

  /** Adds one row; flushes when the buffer is full. */
  public void add(@Nullable Object... values) throws SQLException {
    buffer.append(prefix);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        buffer.append('\t');
      }
      append(buffer, values[i]);
    }
    buffer.append('\n');
    rows++;
    if (buffer.length() >= FLUSH_CHARS) {
      flush();
    }
  }

  /** Sends what is buffered (with a background sender: hands it over). */
  public void flush() throws SQLException {
    if (buffer.isEmpty()) {
      return;
    }
    String text = buffer.toString();
    buffer.setLength(0);
    sender.send(sql, text);
  }

  /** Rows added so far. */
  public long rows() {
    return rows;
  }

  /** Appends one value in COPY text format: null as {@code \N}, text escaped. */
  public static void append(StringBuilder sb, @Nullable Object value) {
    if (value == null) {
      sb.append("\\N");
    } else if (value instanceof Boolean b) {
      sb.append(b ? 't' : 'f');
    } else if (value instanceof LocalDate || value instanceof Number) {
      sb.append(value);
    } else {
      escape(sb, value.toString());
    }
  }

  private static void escape(StringBuilder sb, String text) {
    int first = firstSpecial(text);
    if (first < 0) {
      sb.append(text);
      return;
    }
    sb.append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
  }

  /** Where the first character COPY text must escape is, or -1: most values have none. */
  private static int firstSpecial(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
        return i;
      }
    }
    return -1;
  }
}
