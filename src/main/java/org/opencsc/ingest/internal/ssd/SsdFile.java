package org.opencsc.ingest.internal.ssd;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.TextFiles;
import org.opencsc.ingest.internal.UnreadableFileException;

/**
 * One SSD CSV file, streamed with FastCSV: the header row names the columns (in any order, any
 * case; columns OpenCSC does not use are ignored), then each data row in turn. A file without one
 * of its table's required columns, or whose CSV breaks off (an unclosed quote), cannot be used.
 * Rows with fewer fields than the header read the missing ones as blank.
 */
final class SsdFile implements AutoCloseable {

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final SsdRow row;
  private long number;

  private SsdFile(CsvReader<CsvRecord> reader, Iterator<CsvRecord> records, SsdRow row) {
    this.reader = reader;
    this.records = records;
    this.row = row;
  }

  static SsdFile open(SourceFile file, SsdTable table, Findings findings)
      throws IOException, UnreadableFileException {
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
      CsvRecord header = records.next();
      Map<String, Integer> columns = new HashMap<>();
      List<String> names = header.getFields();
      for (int i = 0; i < names.size(); i++) {
        columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      List<String> missing =
          table.required().stream().filter(c -> !columns.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new UnreadableFileException(
            "MISSING_COLUMNS",
            table.tableName() + " without the column(s) " + String.join(", ", missing));
      }
      return new SsdFile(reader, records, new SsdRow(file, findings, columns, header));
    } catch (CsvParseException e) {
      reader.close();
      throw malformed(e);
    } catch (UnreadableFileException | RuntimeException e) {
      reader.close();
      throw e;
    }
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

  SsdRow row() {
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
