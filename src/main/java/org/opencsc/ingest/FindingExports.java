package org.opencsc.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Findings as CSV (UTF-8 with a byte order mark, so that Excel shows accents) and as an Excel
 * workbook with typed cells. A value that a spreadsheet would run as a formula ({@code =}, {@code
 * +}, {@code -}, {@code @} first) is written with a leading apostrophe in the CSV, and always as
 * text in the workbook.
 */
public final class FindingExports {

  static final List<String> COLUMNS =
      List.of("file", "row", "child_id", "field", "value", "severity", "rule", "message");

  private FindingExports() {}

  /** Writes the findings and flushes; the writer stays open (the caller owns it). */
  public static void csv(List<Finding> findings, Writer out) throws IOException {
    CsvWriter csv = CsvWriter.builder().build(out);
    csv.writeRecord(COLUMNS);
    for (Finding f : findings) {
      csv.writeRecord(
          safe(f.file()),
          f.row() == null ? "" : f.row().toString(),
          safe(f.childId()),
          safe(f.field()),
          safe(f.value()),
          f.severity().label(),
          f.rule(),
          safe(f.message()));
    }
    csv.flush();
  }

  /** Writes the byte order mark and the findings in UTF-8; the stream stays open. */
  public static void csv(List<Finding> findings, OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    csv(findings, writer);
    writer.flush();
  }

  public static void xlsx(List<Finding> findings, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "OpenCSC", "1.0");
    Worksheet sheet = workbook.newWorksheet("Findings");
    for (int c = 0; c < COLUMNS.size(); c++) {
      sheet.value(0, c, COLUMNS.get(c));
      sheet.style(0, c).bold().set();
    }
    int r = 1;
    for (Finding f : findings) {
      sheet.value(r, 0, f.file());
      if (f.row() != null) {
        sheet.value(r, 1, f.row());
      }
      text(sheet, r, 2, f.childId());
      text(sheet, r, 3, f.field());
      text(sheet, r, 4, f.value());
      sheet.value(r, 5, f.severity().label());
      sheet.value(r, 6, f.rule());
      sheet.value(r, 7, f.message());
      r++;
    }
    sheet.freezePane(0, 1);
    workbook.finish();
  }

  private static void text(Worksheet sheet, int r, int c, @Nullable String value) {
    if (value != null) {
      sheet.value(r, c, value);
    }
  }

  /** Text a spreadsheet will not take for a formula. */
  static String safe(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
