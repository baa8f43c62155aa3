package org.opencsc.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.MigratedDatabase;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.PostcodeFile;
import org.opencsc.ingest.internal.ProviderFile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
  private final ValidationProperties validation;
  private final @Nullable String councilCode;
  private final Clock clock;

  /**
   * @param councilCode the council's own authority code as the ONS Postcode Directory gives it
   *     (opencsc.council.ons-code), to tell placements and providers in the council's area from
   *     those outside
   */
  public IngestService(
      ObjectProvider<MigratedDatabase> database,
      List<IngestSource> sources,
      IngestProperties properties,
      ValidationProperties validation,
      @Value("${opencsc.council.ons-code:}") String councilCode,
      ObjectProvider<Clock> clock) {
    this.database = database;
    this.sources = List.copyOf(sources);
    this.properties = properties;
    this.validation = validation;
    this.councilCode = councilCode.isBlank() ? null : councilCode.strip();
    this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
  }

  /** Checks the folder's files as an import would, and loads nothing. */
  public IngestReport validate(
      Path directory, String trigger, @Nullable String startedBy, IngestProgress progress) {
    return validate(directory, null, null, null, trigger, startedBy, progress);
  }

  /**
   * Checks the folder's files as an import would, and loads nothing.
   *
   * @param previous the folder of last year's files, for the DfE's rules that compare the two
   *     years; null: the setting opencsc.ingest.previous-folder, else none (those rules do not run,
   *     and the run says so)
   * @param postcodes postcode reference data (ONS Postcode Directory columns), for the DfE's rules
   *     on distance and placement authority; null: the setting opencsc.validation.postcodes, else
   *     none
   * @param providers Ofsted's provider lists (a CSV file, docs/validation.md), for the DfE's rules
   *     on the episode's URN; null: the setting opencsc.validation.providers, else none
   * @throws IngestException when the run cannot start (no folder, a file of last year's, a postcode
   *     file or a provider file that cannot be used, another refresh running)
   */
  public IngestReport validate(
      Path directory,
      @Nullable Path previous,
      @Nullable Path postcodes,
      @Nullable Path providers,
      String trigger,
      @Nullable String startedBy,
      IngestProgress progress) {
    return runner()
        .run(
            request(
                new Reference(previous, postcodes, providers),
                directory,
                false,
                trigger,
                startedBy,
                null,
                progress));
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
    return importDirectory(directory, null, null, null, trigger, startedBy, asAt, progress);
  }

  /**
   * Imports the folder's files, with last year's return, postcode reference data and Ofsted's
   * provider lists for the DfE's rules that need them (each null: the setting's, else none).
   */
  public IngestReport importDirectory(
      Path directory,
      @Nullable Path previous,
      @Nullable Path postcodes,
      @Nullable Path providers,
      String trigger,
      @Nullable String startedBy,
      @Nullable LocalDate asAt,
      IngestProgress progress) {
    return runner()
        .run(
            request(
                new Reference(previous, postcodes, providers),
                directory,
                true,
                trigger,
                startedBy,
                asAt,
                progress));
  }

  /** The configured drop folder. */
  public Path dropFolder() {
    return properties.dropFolder();
  }

  /** The data beyond the return a run was given (each null: the setting's, else none). */
  private record Reference(
      @Nullable Path previous, @Nullable Path postcodes, @Nullable Path providers) {}

  private IngestRunner.Request request(
      Reference given,
      Path directory,
      boolean load,
      String trigger,
      @Nullable String startedBy,
      @Nullable LocalDate asAt,
      IngestProgress progress) {
    Path postcodeFile = given.postcodes() != null ? given.postcodes() : validation.postcodes();
    Path providerFile = given.providers() != null ? given.providers() : validation.providers();
    return new IngestRunner.Request(
        directory,
        load,
        trigger,
        startedBy,
        asAt,
        properties.keepSnapshots(),
        progress,
        given.previous() != null ? given.previous() : properties.previousFolder(),
        postcodeFile == null ? null : new PostcodeFile(postcodeFile, councilCode),
        providerFile == null ? null : new ProviderFile(providerFile, councilCode));
  }

  private IngestRunner runner() {
    return new IngestRunner(database.getObject()::backgroundConnection, sources, clock);
  }
}
