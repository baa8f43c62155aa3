package org.opencsc.generator.internal;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.Organisation;

/**
 * Writes the children's social work workforce census of the census year ending on the last 30
 * September on or before the extract date into {@code DIR/csww/}: the worker, absence and LA-level
 * tables of {@link CswwTable} in that year's columns, dates yyyy-mm-dd. Children arrive one at a
 * time ({@link #accept}) only to count each worker's cases on 30 September (Cases30); {@link
 * #finish} writes the rows ({@link CswwRows}).
 */
public final class CswwWriter implements Consumer<ChildHistory>, AutoCloseable {

  /** What was written: the census year (of its 30 September) and data rows per file name. */
  public record Result(int censusYear, Map<String, Integer> rowsByFile) {
    public Result {
      rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
    }
  }

  private final Organisation org;
  private final CensusYear census;
  private final CsvTables<CswwTable> files;
  private final Caseloads caseloads;

  private CswwWriter(Organisation org, CensusYear census, CsvTables<CswwTable> files) {
    this.org = org;
    this.census = census;
    this.files = files;
    this.caseloads = new Caseloads(census.referenceDate());
  }

  /** Creates the files with the census year's header rows. */
  public static CswwWriter open(Organisation org, Path directory) {
    CensusYear census = CensusYear.ending(org.asAt());
    return new CswwWriter(
        org,
        census,
        CsvTables.create(
            CswwTable.class, directory.resolve("csww"), t -> t.columns(census.year())));
  }

  @Override
  public void accept(ChildHistory history) {
    caseloads.count(history);
  }

  /** Writes the rows and closes the files; what was written. */
  public Result finish() {
    org.vacancies().stream()
        .filter(v -> v.referenceDate().equals(census.referenceDate()))
        .forEach(v -> row(CswwTable.LA_LEVEL, CswwRows.laLevel(v)));
    Map<String, String> sweNos = new HashMap<>();
    for (Organisation.Worker w : org.workers()) {
      Map<String, String> row = CswwRows.worker(w, census, caseloads, org.laCode());
      if (row != null) {
        row(CswwTable.WORKER, row);
        sweNos.put(w.workerId(), w.sweNo());
      }
    }
    for (Organisation.WorkerAbsence a : org.absences()) {
      if (a.referenceDate().equals(census.referenceDate()) && sweNos.containsKey(a.workerId())) {
        row(
            CswwTable.ABSENCE,
            Map.of(
                "SWENo",
                sweNos.get(a.workerId()),
                "Absat30Sept",
                "1",
                "ReasonAbsence",
                a.reasonAbsence()));
      }
    }
    files.close();
    return new Result(census.year(), files.rowsByFile());
  }

  private void row(CswwTable table, Map<String, String> values) {
    List<String> columns = table.columns(census.year());
    files.row(table, columns.stream().map(c -> values.getOrDefault(c, "")).toArray(String[]::new));
  }

  @Override
  public void close() {
    files.close();
  }
}
