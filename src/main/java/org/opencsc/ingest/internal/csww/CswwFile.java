package org.opencsc.ingest.internal.csww;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.opencsc.ingest.internal.CsvFile;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.UnreadableFileException;

/**
 * One census CSV file ({@link CsvFile}): it must have every column of its table's census year (else
 * it is refused with MISSING_COLUMNS); other columns are reported once (EXTRA_COLUMNS) and ignored.
 */
final class CswwFile implements AutoCloseable {

  private final CsvFile csv;
  private final CswwRow row;

  private CswwFile(CsvFile csv, CswwRow row) {
    this.csv = csv;
    this.row = row;
  }

  static CswwFile open(SourceFile file, CswwTable table, CswwRules rules, Findings findings)
      throws IOException, SQLException, UnreadableFileException {
    CsvFile csv = CsvFile.open(file);
    try {
      List<String> expected = table.columns(rules.census().year());
      List<String> missing =
          expected.stream()
              .filter(c -> !csv.columns().containsKey(c.toLowerCase(Locale.ROOT)))
              .toList();
      if (!missing.isEmpty()) {
        throw new UnreadableFileException(
            "MISSING_COLUMNS",
            String.format(
                "the CSWW %s table of %s has no column %s",
                table.label(), rules.census(), String.join(", ", missing)));
      }
      List<String> extra =
          csv.columns().keySet().stream()
              .filter(c -> expected.stream().noneMatch(e -> e.equalsIgnoreCase(c)))
              .sorted()
              .toList();
      if (!extra.isEmpty()) {
        findings.fileQuery(
            file,
            String.join(", ", extra),
            "EXTRA_COLUMNS",
            String.format(
                "not columns of the CSWW %s table of %s: ignored", table.label(), rules.census()));
      }
      return new CswwFile(csv, new CswwRow(file, findings, csv, rules));
    } catch (UnreadableFileException | SQLException | RuntimeException e) {
      csv.close();
      throw e;
    }
  }

  /** Moves to the next data row; false at the end of the file. */
  boolean next() throws UnreadableFileException {
    if (!csv.next()) {
      return false;
    }
    row.reset(csv);
    return true;
  }

  CswwRow row() {
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
