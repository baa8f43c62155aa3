package org.opencsc.generator.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.Organisation;
import org.opencsc.generator.model.SyntheticCouncil;

/**
 * Writes the council's Standard Safeguarding Dataset extract into {@code DIR/ssd/}: one CSV per
 * table ({@link SsdTable}, {@link CsvTables}) with a header row of the SSD field names. What goes
 * in each row is decided by {@link SsdRows}; children are streamed once, in child-ID order, and
 * only the professionals' caseload counts are kept until the end.
 */
public final class SsdWriter {

  /** Rows written per file name (header rows excluded), in the order of {@link SsdTable}. */
  public record Result(Map<String, Integer> rowsByFile) {
    public Result {
      rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
    }
  }

  private SsdWriter() {}

  public static Result write(SyntheticCouncil council, Path directory) {
    Organisation org = council.organisation();
    LocalDate census = caseloadDay(org.asAt());
    Map<String, Integer> caseloads = new HashMap<>();
    try (CsvTables<SsdTable> files = CsvTables.create(SsdTable.class, directory.resolve("ssd"))) {
      SsdRows.Sink sink = files::row;
      SsdOrganisationRows.organisation(org, sink);
      council.children(
          (ChildHistory history) -> {
            SsdRows.child(history, sink);
            countCases(history, census, caseloads);
          });
      SsdOrganisationRows.professionals(org, caseloads, sink);
      return new Result(files.rowsByFile());
    }
  }

  /** The SSD counts caseloads on the last 30 September on or before the extract date. */
  static LocalDate caseloadDay(LocalDate asAt) {
    LocalDate september = LocalDate.of(asAt.getYear(), Month.SEPTEMBER, 30);
    return september.isAfter(asAt) ? september.minusYears(1) : september;
  }

  private static void countCases(ChildHistory history, LocalDate day, Map<String, Integer> counts) {
    for (ChildHistory.Allocation a : history.allocations()) {
      if (!a.startDate().isAfter(day) && (a.endDate() == null || a.endDate().isAfter(day))) {
        counts.merge(a.workerId(), 1, Integer::sum);
      }
    }
  }
}
