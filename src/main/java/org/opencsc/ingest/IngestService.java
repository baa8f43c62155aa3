package org.opencsc.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.MigratedDatabase;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.ingest.internal.IngestSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Validates or imports a folder of exported files. Imports build a new snapshot and serve it in one
 * transaction; one runs at a time on a database, whichever application instance starts it.
 */
@Service
public class IngestService {

  private final ObjectProvider<MigratedDatabase> database;
  private final List<IngestSource> sources;
  private final IngestProperties properties;
  private final Clock clock;

  public IngestService(
      ObjectProvider<MigratedDatabase> database,
      List<IngestSource> sources,
      IngestProperties properties,
      ObjectProvider<Clock> clock) {
    this.database = database;
    this.sources = List.copyOf(sources);
    this.properties = properties;
    this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
  }

  /** Checks the folder's files as an import would, and loads nothing. */
  public IngestReport validate(
      Path directory, String trigger, @Nullable String startedBy, IngestProgress progress) {
    return validate(directory, properties.previousFolder(), trigger, startedBy, progress);
  }

  /**
   * Checks the folder's files as an import would, and loads nothing.
   *
   * @param previous the folder of last year's files, for the DfE's rules that compare the two
   *     years; null: none (those rules do not run, and the run says so)
   * @throws IngestException when the run cannot start (no folder, a file of last year's that cannot
   *     be used, another refresh running)
   */
  public IngestReport validate(
      Path directory,
      @Nullable Path previous,
      String trigger,
      @Nullable String startedBy,
      IngestProgress progress) {
    return runner().run(request(directory, previous, false, trigger, startedBy, null, progress));
  }

  /**
   * Imports the folder's files into a new served snapshot (or changes nothing when they are the
   * files of the snapshot already served).
   *
   * @param asAt the date the data describes; null: the CIN census reference date, else today
   * @throws IngestException when the run cannot start (no folder, another refresh running)
   */
  public IngestReport importDirectory(
      Path directory,
      String trigger,
      @Nullable String startedBy,
      @Nullable LocalDate asAt,
      IngestProgress progress) {
    return importDirectory(
        directory, properties.previousFolder(), trigger, startedBy, asAt, progress);
  }

  /**
   * Imports the folder's files, with last year's return in {@code previous} (null: none) for the
   * DfE's rules that compare the two years.
   */
  public IngestReport importDirectory(
      Path directory,
      @Nullable Path previous,
      String trigger,
      @Nullable String startedBy,
      @Nullable LocalDate asAt,
      IngestProgress progress) {
    return runner().run(request(directory, previous, true, trigger, startedBy, asAt, progress));
  }

  /** The configured drop folder. */
  public Path dropFolder() {
    return properties.dropFolder();
  }

  private IngestRunner.Request request(
      Path directory,
      @Nullable Path previous,
      boolean load,
      String trigger,
      @Nullable String startedBy,
      @Nullable LocalDate asAt,
      IngestProgress progress) {
    return new IngestRunner.Request(
        directory, load, trigger, startedBy, asAt, properties.keepSnapshots(), progress, previous);
  }

  private IngestRunner runner() {
    return new IngestRunner(database.getObject()::backgroundConnection, sources, clock);
  }
}
