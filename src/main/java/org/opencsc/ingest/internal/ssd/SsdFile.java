package org.opencsc.ingest.internal.ssd;

import java.io.IOException;
import java.util.List;
import org.opencsc.ingest.internal.CsvFile;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.UnreadableFileException;

/**
 * One SSD CSV file ({@link CsvFile}): columns OpenCSC does not use are ignored; a file without one
 * of its table's required columns cannot be used.
 */
final class SsdFile implements AutoCloseable {

  private final CsvFile csv;
  private final SsdRow row;

  private SsdFile(CsvFile csv, SsdRow row) {
    this.csv = csv;
    this.row = row;
  }

  static SsdFile open(SourceFile file, SsdTable table, Findings findings)
      throws IOException, UnreadableFileException {
    CsvFile csv = CsvFile.open(file);
    List<String> missing =
        table.required().stream().filter(c -> !csv.columns().containsKey(c)).toList();
    if (!missing.isEmpty()) {
      csv.close();
      throw new UnreadableFileException(
          "MISSING_COLUMNS",
          table.tableName() + " without the column(s) " + String.join(", ", missing));
    }
    return new SsdFile(csv, new SsdRow(file, findings, csv));
  }

  /** Moves to the next data row; false at the end of the file. */
  boolean next() throws UnreadableFileException {
    if (!csv.next()) {
      return false;
    }
    row.reset(csv);
    return true;
  }

  SsdRow row() {
    return row;
  }

  /** Data rows read so far. */
  long rows() {
    return csv.rows();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
