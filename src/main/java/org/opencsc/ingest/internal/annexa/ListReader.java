package org.opencsc.ingest.internal.annexa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.opencsc.database.CopyRows;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.IngestContext;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.Staging;

/**
 * Reads one list's sheet row by row: the first row that is not blank holds the headings (matched
 * ignoring case and spacing; columns the list does not have are ignored, a missing one refuses the
 * list), then each data row is checked ({@link RowCheck}) and, if nothing keeps it out, staged with
 * its child.
 */
final class ListReader {

  private final SourceFile file;
  private final AnnexAList list;
  private final IngestContext context;
  private final Findings findings;
  private final RowCheck check;
  private final CopyRows rows;
  private final CopyRows children;

  ListReader(
      SourceFile file,
      AnnexAList list,
      IngestContext context,
      AnnexACodes codes,
      boolean date1904,
      Staging staging,
      Findings findings) {
    this.file = file;
    this.list = list;
    this.context = context;
    this.findings = findings;
    this.check = new RowCheck(file, list, codes, date1904, findings);
    this.rows = staging.table(list.stagingTable(), list.stagingColumns());
    this.children =
        staging.table(
            "stage_annexa_child",
            "source_file, source_row, list, child_id, sex, ethnicity, person_birth_date,"
                + " expected_person_birth_date, uasc");
  }

  /** The data rows read (blank rows not counted). */
  long read(Sheet sheet) throws IOException, SQLException {
    long read = 0;
    try (Stream<Row> stream = sheet.openStream()) {
      Iterator<Row> it = stream.iterator();
      Map<Integer, Column> columns = null;
      while (it.hasNext()) {
        Row row = it.next();
        if (blank(row)) {
          continue;
        }
        if (columns == null) {
          columns = header(sheet, row);
          if (columns == null) {
            return 0;
          }
          continue;
        }
        read++;
        Object[] values = check.check(row, columns);
        if (values != null) {
          stage(row.getRowNum(), values);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return read;
  }

  /** The list's columns by cell index; null (and a finding) when one is missing. */
  private Map<Integer, Column> header(Sheet sheet, Row row) throws SQLException {
    Map<String, Integer> headings = new HashMap<>();
    for (Cell cell : row) {
      String text = cell == null ? null : Cells.text(cell);
      if (text != null) {
        headings.putIfAbsent(normal(text), cell.getColumnIndex());
      }
    }
    Map<Integer, Column> columns = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (Column c : list.columns()) {
      Integer index = headings.get(normal(c.heading()));
      if (index != null) {
        columns.put(index, c);
      } else if (!c.optional()) {
        missing.add(c.heading());
      }
    }
    if (!missing.isEmpty()) {
      findings.add(
          Finding.file(
              file.name(),
              "MISSING_COLUMNS",
              "sheet '"
                  + sheet.getName()
                  + "' ("
                  + list.label()
                  + ") has no column "
                  + String.join(", ", missing)
                  + " (headings in row "
                  + row.getRowNum()
                  + "): that list was not read; the other lists were"));
      return null;
    }
    return columns;
  }

  private void stage(int rowNumber, Object[] values) throws SQLException {
    String childId = (String) values[0];
    LocalDate born = (LocalDate) values[3];
    boolean expected = born != null && born.isAfter(context.asAt());
    Object uasc = list == AnnexAList.CHILDREN_IN_CARE ? values[6] : null;
    children.add(
        file.name(),
        rowNumber,
        list.ordinal() + 1,
        childId,
        values[1],
        values[2],
        expected ? null : born,
        expected ? born : null,
        Boolean.TRUE.equals(uasc) ? Boolean.TRUE : null);
    List<Object> staged = new ArrayList<>();
    staged.add(file.name());
    staged.add(rowNumber);
    staged.add(childId);
    List<Column> all = list.columns();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).staged() != null) {
        staged.add(values[i]);
      }
    }
    rows.add(staged.toArray());
  }

  static String normal(String heading) {
    return heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean blank(Row row) {
    for (Cell cell : row) {
      if (cell != null && (Cells.text(cell) != null || Cells.formula(cell) != null)) {
        return false;
      }
    }
    return true;
  }

  static String address(Row row, int column) {
    return new CellAddress(row.getRowNum() - 1, column).toString();
  }
}
