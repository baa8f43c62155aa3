package org.opencsc.generator.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.Organisation;
import org.opencsc.generator.model.SyntheticCouncil;

/**
 * Writes the council's Standard Safeguarding Dataset extract into {@code DIR/ssd/}: one CSV per
 * table ({@link SsdTable}, {@link CsvTables}) with a header row of the SSD field names. What goes
 * in each row is decided by {@link SsdOrganisationRows} and {@link SsdRows}. Children arrive one at
 * a time ({@link #accept}), in child-ID order; only the professionals' caseload counts are kept
 * until {@link #finish}, which writes the professionals.
 */
public final class SsdWriter implements Consumer<ChildHistory>, AutoCloseable {

  /** Rows written per file name (header rows excluded), in the order of {@link SsdTable}. */
  public record Result(Map<String, Integer> rowsByFile) {
    public Result {
      rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
    }
  }

  private final Organisation org;
  private final CsvTables<SsdTable> files;
  private final Caseloads caseloads;

  private SsdWriter(Organisation org, CsvTables<SsdTable> files) {
    this.org = org;
    this.files = files;
    this.caseloads = new Caseloads(caseloadDay(org.asAt()));
  }

  /** Creates the files and writes the organisation's rows. */
  public static SsdWriter open(Organisation org, Path directory) {
    SsdWriter writer =
        new SsdWriter(org, CsvTables.create(SsdTable.class, directory.resolve("ssd")));
    SsdOrganisationRows.organisation(org, writer.files::row);
    return writer;
  }

  /** The whole extract of a council. */
  public static Result write(SyntheticCouncil council, Path directory) {
    try (SsdWriter writer = open(council.organisation(), directory)) {
      council.children(writer);
      return writer.finish();
    }
  }

  @Override
  public void accept(ChildHistory history) {
    SsdRows.child(history, files::row);
    caseloads.count(history);
  }

  /** Writes the professionals with their caseloads and closes the files; what was written. */
  public Result finish() {
    SsdOrganisationRows.professionals(org, caseloads.all(), files::row);
    files.close();
    return new Result(files.rowsByFile());
  }

  /** The SSD counts caseloads on the last 30 September on or before the extract date. */
  static LocalDate caseloadDay(LocalDate asAt) {
    return CensusYear.ending(asAt).referenceDate();
  }

  @Override
  public void close() {
    files.close();
  }
}
