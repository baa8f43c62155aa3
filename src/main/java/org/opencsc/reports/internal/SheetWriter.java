package org.opencsc.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes one list's sheet: the template's headings in bold on the first row, then one row at a
 * time, each value as its column says ({@link AnnexAColumn.Kind}): dates as Excel dates shown
 * dd/mm/yyyy, numbers as numbers, yes/no and codes in the template's spelling, text as text — a
 * text cell, never a formula, whatever it starts with ({@code =}, {@code +}, {@code -}, {@code @}).
 * Rows are flushed to the stream every {@link #FLUSH_EVERY}, so a sheet is never held whole.
 */
public final class SheetWriter {

  static final int FLUSH_EVERY = 1_000;

  private final Worksheet sheet;
  private final List<AnnexAColumn> columns;
  private final AnnexALabels labels;
  private int row = 1;

  public SheetWriter(Workbook workbook, AnnexASheet list, AnnexALabels labels) {
    this.sheet = workbook.newWorksheet(list.sheetName());
    this.columns = list.columns();
    this.labels = labels;
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, columns.get(c).heading());
      sheet.style(0, c).bold().set();
    }
    sheet.freezePane(0, 1);
  }

  /** Writes a row: one value a column, null for a blank cell. */
  public void row(@Nullable Object[] values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          values.length + " values for " + columns.size() + " columns");
    }
    for (int c = 0; c < values.length; c++) {
      cell(c, columns.get(c), values[c]);
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      try {
        sheet.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write sheet " + sheet.getName(), e);
      }
    }
  }

  /** The data rows written. */
  public long rows() {
    return row - 1L;
  }

  /** Ends the sheet, so that the next one can start. */
  public void finish() throws IOException {
    sheet.finish();
  }

  private void cell(int c, AnnexAColumn column, @Nullable Object value) {
    if (value == null) {
      return;
    }
    switch (column.kind()) {
      case DATE -> {
        sheet.value(row, c, (LocalDate) value);
        sheet.style(row, c).format("dd/mm/yyyy").set();
      }
      case NUMBER -> sheet.value(row, c, (Number) value);
      case YES_NO -> sheet.value(row, c, labels.yesNo((Boolean) value));
      case CODE ->
          sheet.value(
              row, c, labels.label(Objects.requireNonNull(column.labels()), value.toString()));
      // inline: ids and names are mostly unique, and the workbook keeps every shared string in
      // memory until it finishes; codes repeat, so they stay shared
      case TEXT -> sheet.inlineString(row, c, value.toString());
    }
  }
}
