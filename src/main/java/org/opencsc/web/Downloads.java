package org.opencsc.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every table's download, as CSV (UTF-8 with a byte order mark, so that Excel shows accents) or as
 * an Excel workbook with typed cells (numbers as numbers, dates as dates, percentages formatted as
 * such). Text a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}
 * first) gets a leading apostrophe in the CSV and is always a text cell in the workbook.
 */
public final class Downloads {

  public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Downloads() {}

  /**
   * The download of {@code table} in {@code format} ("csv" or "xlsx") as {@code fileName}.csv or
   * .xlsx; any other format is not found.
   */
  public static ResponseEntity<byte[]> of(String format, DownloadTable table, String fileName) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      return switch (format.toLowerCase(Locale.ROOT)) {
        case "csv" -> {
          csv(table, body);
          yield attachment(CSV, fileName + ".csv", body.toByteArray());
        }
        case "xlsx" -> {
          xlsx(table, body);
          yield attachment(XLSX, fileName + ".xlsx", body.toByteArray());
        }
        default -> throw new NotFoundException("download format " + format);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code body} as a download of {@code type} saved as {@code fileName}, never cached. A byte
   * array (already in memory) rather than a stream: any controller method can return it, whatever
   * its declared return type.
   */
  public static ResponseEntity<byte[]> attachment(MediaType type, String fileName, byte[] body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }

  /** Writes the table as CSV with a byte order mark; leaves {@code out} open. */
  public static void csv(DownloadTable table, OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().build(writer);
    csv.writeRecord(table.columns().stream().map(DownloadTable.Column::heading).toList());
    List<String> record = new ArrayList<>();
    for (List<@Nullable Object> row : table.rows()) {
      record.clear();
      for (Object value : row) {
        record.add(csvText(value));
      }
      csv.writeRecord(record);
    }
    csv.flush();
    writer.flush();
  }

  /** Writes the table as an Excel workbook of one sheet; leaves {@code out} open. */
  public static void xlsx(DownloadTable table, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "OpenCSC", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
    List<DownloadTable.Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      sheet.value(0, c, columns.get(c).heading());
      sheet.style(0, c).bold().set();
    }
    int r = 1;
    for (List<@Nullable Object> row : table.rows()) {
      for (int c = 0; c < columns.size(); c++) {
        cell(sheet, r, c, columns.get(c).type(), row.get(c));
      }
      r++;
    }
    sheet.freezePane(0, 1);
    workbook.finish();
  }

  private static void cell(
      Worksheet sheet, int r, int c, DownloadTable.Type type, @Nullable Object value) {
    if (value == null) {
      return;
    }
    switch (type) {
      case INTEGER, DECIMAL -> number(sheet, r, c, value);
      case PERCENT -> {
        number(sheet, r, c, value);
        sheet.style(r, c).format("0.0%").set();
      }
      case DATE -> {
        if (value instanceof LocalDate date) {
          sheet.value(r, c, date);
          sheet.style(r, c).format("yyyy-mm-dd").set();
        } else {
          sheet.value(r, c, value.toString());
        }
      }
      case TEXT -> sheet.value(r, c, value.toString());
    }
  }

  private static void number(Worksheet sheet, int r, int c, Object value) {
    if (value instanceof BigDecimal decimal) {
      sheet.value(r, c, decimal);
    } else if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else {
      sheet.value(r, c, value.toString());
    }
  }

  private static String csvText(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number) {
      return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
    return safe(value.toString());
  }

  /** Text a spreadsheet will not take for a formula. */
  static String safe(String value) {
    if (value.isEmpty()) {
      return value;
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

  private static String sheetName(String title) {
    String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    if (cleaned.isEmpty()) {
      return "Sheet1";
    }
    return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
  }
}
