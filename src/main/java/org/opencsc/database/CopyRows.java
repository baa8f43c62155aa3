package org.opencsc.database;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format (tab-separated, {@code \N} for null), sent
 * with one COPY each time the buffer passes {@value #FLUSH_CHARS} characters and on {@link #flush},
 * so memory holds a bounded part of a file, never all of it.
 */
public final class CopyRows {

  static final int FLUSH_CHARS = 1 << 20;

  private final CopyManager copy;
  private final String sql;
  private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
  private long rows;

  /**
   * @param table the table to fill, already quoted if it needs quoting
   * @param columns its columns in the order {@link #add} gives values, comma-separated
   */
  public CopyRows(CopyManager copy, String table, String columns) {
    this.copy = copy;
    this.sql = "copy " + table + " (" + columns + ") from stdin";
  }

  /** Adds one row; flushes when the buffer is full. */
  public void add(@Nullable Object... values) throws SQLException {
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

  /** Sends what is buffered. */
  public void flush() throws SQLException {
    if (buffer.isEmpty()) {
      return;
    }
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    buffer.setLength(0);
    CopyIn in = copy.copyIn(sql);
    try {
      in.writeToCopy(bytes, 0, bytes.length);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
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
    for (int i = 0; i < text.length(); i++) {
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
}
