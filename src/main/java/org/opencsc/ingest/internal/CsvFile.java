package org.opencsc.ingest.internal;

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

/**
 * A CSV file whose header row names its columns (in any order, any case), streamed with FastCSV one
 * data row at a time: blank lines are skipped, a row with fewer fields than the header reads the
 * missing ones as blank, and a file whose CSV breaks off (an unclosed quote) cannot be used ({@code
 * CSV_MALFORMED}). Sources check the columns and read the rows ({@link CsvRow}).
 */
public final class CsvFile implements AutoCloseable {

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private final Map<String, Integer> columns;
  private CsvRecord record;
  private long number;

  private CsvFile(CsvReader<CsvRecord> reader, Iterator<CsvRecord> records, CsvRecord header) {
    this.reader = reader;
    this.records = records;
    this.record = header;
    Map<String, Integer> names = new HashMap<>();
    List<String> fields = header.getFields();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
      if (!name.isEmpty()) {
        names.putIfAbsent(name, i);
      }
    }
    this.columns = Map.copyOf(names);
  }

  /** Opens the file and reads its header row; a file without one cannot be used. */
  public static CsvFile open(SourceFile file) throws IOException, UnreadableFileException {
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
      return new CsvFile(reader, records, records.next());
    } catch (CsvParseException e) {
      reader.close();
      throw malformed(e);
    } catch (UnreadableFileException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** Column name, lower-cased and trimmed → its index (the first of a repeated name). */
  public Map<String, Integer> columns() {
    return columns;
  }

  /** Moves to the next data row; false at the end of the file. */
  public boolean next() throws UnreadableFileException {
    try {
      if (!records.hasNext()) {
        return false;
      }
      record = records.next();
      number++;
      return true;
    } catch (CsvParseException e) {
      throw malformed(e);
    } catch (UncheckedIOException e) {
      throw new UnreadableFileException("FILE_UNREADABLE", String.valueOf(e.getMessage()), e);
    }
  }

  /** The current data row (the header before the first {@link #next}). */
  public CsvRecord record() {
    return record;
  }

  /** Data rows read so far: the current row's number, 1 = the first row after the header. */
  public long rows() {
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
