package org.opencsc.ingest.internal.annexa;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Small Annex A workbooks for tests, written with the fastexcel writer or rewritten by hand. */
final class Workbooks {

  static final List<String> CHILD =
      List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");
  static final List<String> CONTACTS = concat(CHILD, List.of("Date of Contact", "Contact Source"));

  private Workbooks() {}

  /**
   * One sheet per entry: sheet name → rows, the first being the headings. Values: String, Number,
   * LocalDate, or "=…" written as a formula when wrapped in {@link Formula}.
   */
  static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "OpenCSC test", "1.0");
      for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
        Worksheet ws = workbook.newWorksheet(sheet.getKey());
        List<List<Object>> rows = sheet.getValue();
        for (int r = 0; r < rows.size(); r++) {
          List<Object> row = rows.get(r);
          for (int c = 0; c < row.size(); c++) {
            Object v = row.get(c);
            if (v instanceof Formula f) {
              ws.formula(r, c, f.expression());
            } else if (v instanceof String s) {
              ws.value(r, c, s);
            } else if (v instanceof Number n) {
              ws.value(r, c, n);
            } else if (v instanceof java.time.LocalDate d) {
              ws.value(r, c, d);
              ws.style(r, c).format("dd/mm/yyyy").set();
            }
          }
        }
        ws.finish();
      }
      workbook.finish();
    }
    return file;
  }

  /** A cell holding a formula (without its '='). */
  record Formula(String expression) {}

  /** A copy of the workbook with one part's content replaced (stored or deflated as given). */
  static Path replacePart(Path from, Path to, String part, byte[] content) throws IOException {
    Files.createDirectories(to.getParent());
    try (ZipFile zip = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        out.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals(part)) {
          out.write(content);
        } else {
          try (InputStream in = zip.getInputStream(entry)) {
            in.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
    return to;
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
