package org.opencsc.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table as a page shows it, to download as CSV or Excel ({@link Downloads}): its columns with
 * their types, and its rows with the page's filters already applied. Values: {@code String} for
 * text, any {@code Number} for integers, decimals and percentages (a percentage as its share, 0.62
 * for 62%), {@code LocalDate} for dates; null for an empty cell.
 */
public final class DownloadTable {

  /** How a column's cells are written to Excel (CSV writes them all as text). */
  public enum Type {
    TEXT,
    INTEGER,
    DECIMAL,
    PERCENT,
    DATE
  }

  /** One column: its heading and type. */
  public record Column(String heading, Type type) {
    public Column {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(type, "type");
    }
  }

  private final String title;
  private final List<Column> columns = new ArrayList<>();
  private final List<List<@Nullable Object>> rows = new ArrayList<>();

  /** A table called {@code title} (the sheet's name in Excel, at most 31 characters are kept). */
  public DownloadTable(String title) {
    this.title = Objects.requireNonNull(title, "title");
  }

  public DownloadTable column(String heading, Type type) {
    if (!rows.isEmpty()) {
      throw new IllegalStateException("columns come before rows");
    }
    columns.add(new Column(heading, type));
    return this;
  }

  public DownloadTable text(String heading) {
    return column(heading, Type.TEXT);
  }

  public DownloadTable integer(String heading) {
    return column(heading, Type.INTEGER);
  }

  public DownloadTable decimal(String heading) {
    return column(heading, Type.DECIMAL);
  }

  public DownloadTable percent(String heading) {
    return column(heading, Type.PERCENT);
  }

  public DownloadTable date(String heading) {
    return column(heading, Type.DATE);
  }

  /** Adds a row: one value a column, in the columns' order. */
  public DownloadTable row(@Nullable Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "a row of " + values.length + " values for " + columns.size() + " columns");
    }
    List<@Nullable Object> row = new ArrayList<>(values.length);
    Collections.addAll(row, values);
    rows.add(row);
    return this;
  }

  public String title() {
    return title;
  }

  public List<Column> columns() {
    return Collections.unmodifiableList(columns);
  }

  public List<List<@Nullable Object>> rows() {
    return Collections.unmodifiableList(rows);
  }
}
