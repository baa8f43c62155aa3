package org.opencsc.ingest.internal.annexa;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.SourceFile;

/**
 * The checks an Annex A row passes or fails by itself. Every finding names the file, the sheet and
 * heading (field {@code List 3: Date of referral}), the row as Excel numbers it and the cell, the
 * child and the value. Any error keeps the row out: a formula anywhere in the row (in ignored
 * columns too), a blank mandatory value, a date, number or code that does not read.
 */
final class RowCheck {

  private final SourceFile file;
  private final AnnexAList list;
  private final AnnexACodes codes;
  private final boolean date1904;
  private final Findings findings;
  private @Nullable String childId;
  private boolean rejected;

  RowCheck(
      SourceFile file, AnnexAList list, AnnexACodes codes, boolean date1904, Findings findings) {
    this.file = file;
    this.list = list;
    this.codes = codes;
    this.date1904 = date1904;
    this.findings = findings;
  }

  /** The row's values in the order of the list's columns, or null when it is kept out. */
  @Nullable Object[] check(Row row, Map<Integer, Column> columns) throws SQLException {
    rejected = false;
    List<Column> all = list.columns();
    Object[] values = new Object[all.size()];
    childId = null;
    Integer idIndex = indexOf(columns, all.get(0));
    String id = idIndex == null ? null : row.getOptionalCell(idIndex).map(Cells::text).orElse(null);
    childId = id == null ? null : id.toUpperCase(Locale.ROOT);
    for (Cell cell : row) {
      String formula = cell == null ? null : Cells.formula(cell);
      if (formula != null) {
        Column c = columns.get(cell.getColumnIndex());
        error(
            row,
            cell.getColumnIndex(),
            c == null ? "column " + ListReader.address(row, cell.getColumnIndex()) : c.heading(),
            cell.getType() == org.dhatim.fastexcel.reader.CellType.FORMULA
                ? "=" + cell.getFormula()
                : cell.getText(),
            "FORMULA_REFUSED",
            formula + " is not read; enter the value itself");
      }
    }
    for (Map.Entry<Integer, Column> e : columns.entrySet()) {
      Cell cell = row.getOptionalCell(e.getKey()).orElse(null);
      values[all.indexOf(e.getValue())] = value(row, e.getKey(), e.getValue(), cell);
    }
    values[0] = childId;
    return rejected ? null : values;
  }

  private @Nullable Object value(Row row, int index, Column c, @Nullable Cell cell)
      throws SQLException {
    if (cell != null && Cells.formula(cell) != null) {
      return null;
    }
    String text = Cells.text(cell);
    if (text == null) {
      if (c.mandatory()) {
        error(row, index, c.heading(), null, "MISSING_VALUE", "this column must have a value");
      }
      return null;
    }
    Cell present = Objects.requireNonNull(cell);
    return switch (c.kind()) {
      case TEXT -> text;
      case DATE -> {
        Object date = Cells.date(present, date1904);
        if (date == null) {
          error(
              row,
              index,
              c.heading(),
              text,
              "DATE_FORMAT",
              "not a date: an Excel date, or text dd/mm/yyyy or yyyy-mm-dd");
        }
        yield date;
      }
      case NUMBER -> {
        Integer number = Cells.number(present);
        if (number == null) {
          error(row, index, c.heading(), text, "NUMBER_FORMAT", "not a whole number");
        }
        yield number;
      }
      case YES_NO -> {
        String code = code(row, index, c, text);
        yield code == null || code.equals("U") ? null : code.equals("Y");
      }
      case CODE -> code(row, index, c, text);
    };
  }

  private @Nullable String code(Row row, int index, Column c, String text) throws SQLException {
    String field = Objects.requireNonNull(c.codes());
    var code = codes.code(field, text);
    if (code.isEmpty()) {
      error(
          row,
          index,
          c.heading(),
          text,
          "UNKNOWN_CODE",
          "not a value of this year's list: " + codes.codes(field));
      return null;
    }
    return code.get();
  }

  private void error(
      Row row, int index, String heading, @Nullable String value, String rule, String message)
      throws SQLException {
    rejected = true;
    findings.error(
        file,
        row.getRowNum(),
        childId,
        list.label() + ": " + heading,
        value,
        rule,
        "cell " + ListReader.address(row, index) + " of sheet " + list.label() + ": " + message);
  }

  private static @Nullable Integer indexOf(Map<Integer, Column> columns, Column c) {
    for (Map.Entry<Integer, Column> e : columns.entrySet()) {
      if (e.getValue().equals(c)) {
        return e.getKey();
      }
    }
    return null;
  }
}
