package org.opencsc.ingest.internal.csww;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.TextFiles;
import org.opencsc.ingest.internal.UnreadableFileException;

/**
 * One census CSV file, streamed with FastCSV: the header row names the columns (any order, any
 * case) and must have every column of the table's census year (else the file is refused with
 * MISSING_COLUMNS); other columns are reported once (EXTRA_COLUMNS) and ignored. Blank lines are
 * skipped; a row with fewer fields than the header reads the missing ones as blank; an unclosed
 * quote refuses the file (CSV_MALFORMED).
 */
final class CswwFile implements AutoCloseable {

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final CswwRow row;
  private long number;

  private CswwFile(CsvReader<CsvRecord> reader, Iterator<CsvRecord> records, CswwRow row) {
    this.reader = reader;
    this.records = records;
    this.row = row;
  }

  static CswwFile open(SourceFile file, CswwTable table, CswwRules rules, Findings findings)
      throws IOException, SQLException, UnreadableFileException {
    CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .allowUnclosedQuote(false)
            .trimWhitespacesAroundQuotes(true)
            .ofCsvRecord(TextFiles.reader(file));
    try {
      Iterator<CsvRecord> records = reader.iterator();
      if (!records.hasNext()) {
        throw new UnreadableFileException("MISSING_COLUMNS", "the file has no header row");
      }
      Map<String, Integer> columns = header(records.next().getFields());
      List<String> expected = table.columns(rules.census().year());
      List<String> missing =
          expected.stream().filter(c -> !columns.containsKey(c.toLowerCase(Locale.ROOT))).toList();
      if (!missing.isEmpty()) {
        throw new UnreadableFileException(
            "MISSING_COLUMNS",
            String.format(
                "the CSWW %s table of %s has no column %s",
                table.label(), rules.census(), String.join(", ", missing)));
      }
      List<String> extra =
          columns.keySet().stream()
              .filter(c -> expected.stream().noneMatch(e -> e.equalsIgnoreCase(c)))
              .sorted()
              .toList();
      if (!extra.isEmpty()) {
        findings.add(
            new Finding(
                file.name(),
                null,
                null,
                null,
                String.join(", ", extra),
                "EXTRA_COLUMNS",
                Severity.QUERY,
                String.format(
                    "not columns of the CSWW %s table of %s: ignored",
                    table.label(), rules.census())));
      }
      return new CswwFile(reader, records, new CswwRow(file, findings, columns, rules));
    } catch (CsvParseException e) {
      reader.close();
      throw malformed(e);
    } catch (UnreadableFileException | SQLException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static Map<String, Integer> header(List<String> names) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip().toLowerCase(Locale.ROOT);
      if (!name.isEmpty()) {
        columns.putIfAbsent(name, i);
      }
    }
    return columns;
  }

  /** Moves to the next data row; false at the end of the file. */
  boolean next() throws UnreadableFileException {
    try {
      if (!records.hasNext()) {
        return false;
      }
      row.reset(records.next(), ++number);
      return true;
    } catch (CsvParseException e) {
      throw malformed(e);
    } catch (UncheckedIOException e) {
      throw new UnreadableFileException("FILE_UNREADABLE", String.valueOf(e.getMessage()), e);
    }
  }

  CswwRow row() {
    return row;
  }

  /** Data rows read so far. */
  long rows() {
    return number;
  }

  private static UnreadableFileException malformed(CsvParseException e) {
    return new UnreadableFileException(
        "CSV_MALFORMED", "not well-formed CSV: " + e.getMessage(), e);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
