package org.opencsc.generator.internal;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.opencsc.generator.model.ChildHistory;
import org.opencsc.generator.model.Organisation;

/**
 * Writes the SSDA903 CSV set of one collection year into {@code DIR/ssda903/}: one file per table
 * ({@link Ssda903Table}, {@link CsvTables}) with a header row of the DfE column names. Children
 * arrive one at a time ({@link #accept}), in the council's child-ID order, so memory does not grow
 * with the council. Which rows go in is decided by {@link Ssda903Rows}.
 */
public final class Ssda903Writer implements Consumer<ChildHistory>, AutoCloseable {

  /** What was written: children in the return and rows per file name (header rows excluded). */
  public record Result(int children, Map<String, Integer> rowsByFile) {
    public Result {
      rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
    }
  }

  private final ReportingYear year;
  private final Map<String, SocialWorkerEpisodes.Worker> workers;
  private final CsvTables<Ssda903Table> files;
  private int children;

  private Ssda903Writer(
      ReportingYear year,
      Map<String, SocialWorkerEpisodes.Worker> workers,
      CsvTables<Ssda903Table> files) {
    this.year = year;
    this.workers = workers;
    this.files = files;
  }

  public static Ssda903Writer open(Organisation org, ReportingYear year, Path directory) {
    Map<String, SocialWorkerEpisodes.Worker> workers =
        org.workers().stream()
            .filter(w -> w.sweNo() != null)
            .collect(
                Collectors.toMap(
                    Organisation.Worker::workerId,
                    w -> new SocialWorkerEpisodes.Worker(w.sweNo(), w.managerWorkerId())));
    return new Ssda903Writer(
        year, workers, CsvTables.create(Ssda903Table.class, directory.resolve("ssda903")));
  }

  @Override
  public void accept(ChildHistory history) {
    if (Ssda903Rows.write(history, year, workers, files::row)) {
      children++;
    }
  }

  /** Closes the files; what was written. */
  public Result finish() {
    files.close();
    return new Result(children, files.rowsByFile());
  }

  @Override
  public void close() {
    files.close();
  }
}
