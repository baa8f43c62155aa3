package org.opencsc.ingest.internal.ssda903;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.UnreadableFileException;
import org.opencsc.validation.ssda903.Ssda903Row;

/**
 * Streams one SSDA903 CSV file into its staging table: the header row is matched to the table's
 * columns (missing ones make the file unusable, extra ones are ignored with one query), then each
 * data row is checked ({@link RowCheck}) and staged, or kept out with its errors. Rows that are
 * entirely blank are skipped and not counted: row 1 is the first row with data after the header. A
 * quote that is never closed would swallow the rest of the file into one field, so it makes the
 * file unusable ({@code CSV_MALFORMED}) rather than costing one row.
 */
final class Ssda903Reader {

  /** Where the reader's findings go: the run's findings, or nowhere for last year's return. */
  @FunctionalInterface
  interface FindingSink {
    void add(Finding finding) throws SQLException;
  }

  /** Where the rows to stage go: a staging table, or nowhere for last year's return. */
  @FunctionalInterface
  interface RowSink {
    void add(@Nullable Object[] row) throws SQLException;
  }

  private final SourceFile file;
  private final Ssda903Table table;
  private final FieldValues values;
  private final FindingSink findings;

  Ssda903Reader(SourceFile file, Ssda903Table table, FieldValues values, FindingSink findings) {
    this.file = file;
    this.table = table;
    this.values = values;
    this.findings = findings;
  }

  /**
   * Reads the file's text into {@code out}, and every row staged, as the file has it, into {@code
   * asRead} for the DfE's rules; returns the data rows read.
   */
  long read(Reader text, RowSink out, List<Ssda903Row> asRead)
      throws IOException, SQLException, UnreadableFileException {
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowUnclosedQuote(false)
            .ofCsvRecord(text)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        throw new UnreadableFileException("NO_HEADER", "the file has no header row");
      }
      CsvRecord header = records.next();
      RowCheck check = new RowCheck(file, table, values, positions(header), header.getFieldCount());
      Map<String, Integer> columns = columns(header);
      long row = 0;
      while (records.hasNext()) {
        CsvRecord record = records.next();
        if (record.getFields().stream().allMatch(String::isBlank)) {
          continue;
        }
        row++;
        RowCheck.Result result = check.check(record, row);
        for (Finding finding : result.findings()) {
          findings.add(finding);
        }
        if (result.staged() != null) {
          out.add(result.staged());
          // the DfE's rules check what the door let in: a row kept out is reported once, by it
          asRead.add(
              new Ssda903Row(
                  table.label(),
                  file.name(),
                  row,
                  columns,
                  record.getFields().toArray(String[]::new)));
        }
      }
      return row;
    } catch (CsvParseException e) {
      throw new UnreadableFileException(
          "CSV_MALFORMED", "not a well-formed CSV file: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The header's columns by name (the first of a repeated name), as the DfE's rules read them. */
  private static Map<String, Integer> columns(CsvRecord header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.getFieldCount(); i++) {
      columns.putIfAbsent(HeaderMatch.normalise(header.getField(i)), i);
    }
    return columns;
  }

  /**
   * Where each of the table's columns is in the header.
   *
   * @throws UnreadableFileException naming the columns the header lacks
   */
  private int[] positions(CsvRecord header) throws SQLException, UnreadableFileException {
    Map<String, Integer> found = new LinkedHashMap<>();
    List<String> extra = new ArrayList<>();
    for (int i = 0; i < header.getFieldCount(); i++) {
      String name = HeaderMatch.normalise(header.getField(i));
      if (found.putIfAbsent(name, i) != null
          || table.columns().stream().noneMatch(c -> c.name().equals(name))) {
        extra.add(header.getField(i).strip());
      }
    }
    List<String> missing =
        table.columns().stream().map(Column::name).filter(n -> !found.containsKey(n)).toList();
    if (!missing.isEmpty()) {
      throw new UnreadableFileException(
          "MISSING_COLUMNS",
          String.format(
              "the SSDA903 %s table needs the column%s %s, which the header row lacks",
              table.label(), missing.size() == 1 ? "" : "s", String.join(", ", missing)));
    }
    if (!extra.isEmpty()) {
      findings.add(
          fileQuery(
              file,
              String.join(", ", extra),
              "EXTRA_COLUMNS",
              String.format(
                  "the column%s %s %s not part of the SSDA903 %s table and %s ignored",
                  extra.size() == 1 ? "" : "s",
                  String.join(", ", extra),
                  extra.size() == 1 ? "is" : "are",
                  table.label(),
                  extra.size() == 1 ? "was" : "were")));
    }
    return table.columns().stream().mapToInt(c -> found.get(c.name())).toArray();
  }

  /** A query about the whole file: it is used, and something about it should be checked. */
  static Finding fileQuery(SourceFile file, @Nullable String value, String rule, String message) {
    return new Finding(file.name(), null, null, null, value, rule, Severity.QUERY, message);
  }
}
