package org.opencsc.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.opencsc.database.CopySender;
import org.opencsc.database.SnapshotPartitions;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestException;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.IngestReport.FileReport;
import org.opencsc.ingest.Severity;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One validation or import of a folder, start to end:
 *
 * <ol>
 *   <li>read each file once (checksum, encoding, first 64 KiB) and recognise it by content;
 *   <li>take the refresh lock (imports: one at a time across instances), record the run, and stop
 *       early when there is nothing to load or the files are those of the served snapshot;
 *   <li>in one transaction: create the snapshot's load tables and the staging tables, stage each
 *       file in a savepoint of its own (a file that cannot be used is rolled back and reported),
 *       run each source's checks and transform, their fill-ins and the core's, then — for an import
 *       — attach the tables (the database checks every key) and serve the snapshot;
 *   <li>record files, table counts, findings and the outcome; drop snapshots beyond the retention.
 * </ol>
 *
 * A failure at any point rolls the whole transaction back: the served snapshot never changes unless
 * the new one is complete.
 */
public final class IngestRunner {

  private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);

  /** How deep to look for files: the folder and two levels of subfolders (ssda903/, cin/). */
  static final int FOLDER_DEPTH = 3;

  /**
   * What to run.
   *
   * @param previous the folder of last year's files, for the DfE's rules that compare two years;
   *     null when none is given
   * @param postcodes postcode reference data, for the DfE's rules on distance and placement
   *     authority; null when none is given
   * @param providers Ofsted's provider lists, for the DfE's rules on the episode's URN; null when
   *     none is given
   */
  public record Request(
      Path directory,
      boolean load,
      String trigger,
      @Nullable String startedBy,
      @Nullable LocalDate asAt,
      int keepSnapshots,
      IngestProgress progress,
      @Nullable Path previous,
      @Nullable PostcodeFile postcodes,
      @Nullable ProviderFile providers) {

    public Request(
        Path directory,
        boolean load,
        String trigger,
        @Nullable String startedBy,
        @Nullable LocalDate asAt,
        int keepSnapshots,
        IngestProgress progress,
        @Nullable Path previous,
        @Nullable PostcodeFile postcodes) {
      this(
          directory,
          load,
          trigger,
          startedBy,
          asAt,
          keepSnapshots,
          progress,
          previous,
          postcodes,
          null);
    }

    public Request(
        Path directory,
        boolean load,
        String trigger,
        @Nullable String startedBy,
        @Nullable LocalDate asAt,
        int keepSnapshots,
        IngestProgress progress,
        @Nullable Path previous) {
      this(
          directory, load, trigger, startedBy, asAt, keepSnapshots, progress, previous, null, null);
    }

    public Request(
        Path directory,
        boolean load,
        String trigger,
        @Nullable String startedBy,
        @Nullable LocalDate asAt,
        int keepSnapshots,
        IngestProgress progress) {
      this(directory, load, trigger, startedBy, asAt, keepSnapshots, progress, null, null, null);
    }
  }

  /** Where a run gets its one connection. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  private final Connections connections;
  private final List<IngestSource> sources;
  private final Clock clock;

  public IngestRunner(DataSource dataSource, List<IngestSource> sources, Clock clock) {
    this(dataSource::getConnection, sources, clock);
  }

  /**
   * A runner whose runs use connections from {@code connections}: the application's background
   * connection ({@code MigratedDatabase.backgroundConnection}), so that a refresh yields the cores
   * to the pages.
   */
  public IngestRunner(Connections connections, List<IngestSource> sources, Clock clock) {
    this.connections = connections;
    this.sources = sources.stream().sorted(Comparator.comparingInt(IngestSource::order)).toList();
    this.clock = clock;
  }

  public IngestReport run(Request request) {
    long started = System.nanoTime();
    Phases phases = new Phases();
    List<Finding> fileFindings = new ArrayList<>();
    List<Scanned> scanned = scan(request, fileFindings);
    List<SourceFile> files = recognised(scanned);
    phases.end("scanning files");
    IngestContext context = context(request, files);
    for (IngestSource source : sources) {
      source.prepare(context);
    }
    try (Connection connection = connections.open()) {
      JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
      if (!db.sql(sql("try_lock")).query(Boolean.class).single()) {
        throw new IngestException(
            "another refresh is running on this database; try again when it has finished");
      }
      try {
        db.sql(sql("mark_interrupted")).update();
        long runId =
            db.sql(sql("insert_run"))
                .param("trigger", request.trigger())
                .param("started_by", request.startedBy())
                .param("directory", request.directory().toAbsolutePath().toString())
                .param("mode", request.load() ? "import" : "validate")
                .query(Long.class)
                .single();
        Outcome outcome =
            execute(connection, db, runId, request, context, scanned, files, fileFindings, phases);
        log.info("Ingest run {} {} in {}", runId, outcome.name(), phases);
        return new IngestReport(
            runId,
            outcome.name(),
            outcome.snapshotId(),
            context.asAt(),
            context.year().label(),
            outcome.files(),
            outcome.tableRows(),
            outcome.findings(),
            outcome.leftOut(),
            outcome.message(),
            Duration.ofNanos(System.nanoTime() - started));
      } finally {
        db.sql(sql("unlock")).query(rs -> {});
      }
    } catch (SQLException e) {
      throw new IngestException("the database could not be used: " + e.getMessage(), e);
    }
  }

  private Outcome execute(
      Connection connection,
      JdbcClient db,
      long runId,
      Request request,
      IngestContext context,
      List<Scanned> scanned,
      List<SourceFile> files,
      List<Finding> fileFindings,
      Phases phases)
      throws SQLException {
    String checksum = checksum(files);
    if (files.isEmpty()) {
      Outcome outcome =
          Outcome.early(
              "nothing to load",
              "no file in " + request.directory() + " is one OpenCSC reads",
              reports(scanned, Map.of(), Map.of()),
              fileFindings);
      RunHistory.record(connection, runId, outcome, checksum);
      return outcome;
    }
    if (request.load()
        && checksum.equals(
            db.sql(sql("served_checksum")).query(String.class).optional().orElse(null))) {
      Outcome outcome =
          Outcome.early(
              "unchanged",
              "the files are those of the snapshot already served: nothing to do",
              reports(scanned, Map.of(), Map.of()),
              fileFindings);
      RunHistory.record(connection, runId, outcome, checksum);
      return outcome;
    }
    Long snapshotId =
        request.load()
            ? db.sql(sql("insert_snapshot"))
                .param("as_at", context.asAt())
                .param("source", "import " + request.directory().getFileName())
                .query(Long.class)
                .single()
            : null;
    connection.setAutoCommit(false);
    try {
      phases.end("starting");
      Outcome outcome =
          load(
              connection,
              db,
              runId,
              request,
              context,
              scanned,
              files,
              fileFindings,
              snapshotId,
              phases);
      List<String> unusable = unusableFiles(outcome);
      if (snapshotId != null && !unusable.isEmpty()) {
        connection.rollback();
        connection.setAutoCommit(true);
        db.sql(sql("fail_snapshot")).param("snapshot_id", snapshotId).update();
        outcome = notServed(outcome, unusable);
        RunHistory.record(connection, runId, outcome, checksum);
      } else if (request.load()) {
        RunHistory.record(connection, runId, outcome, checksum);
        connection.commit();
      } else {
        connection.rollback();
        connection.setAutoCommit(true);
        RunHistory.record(connection, runId, outcome, checksum);
      }
      phases.end(request.load() ? "recording and committing" : "recording");
      return outcome;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      connection.setAutoCommit(true);
      if (snapshotId != null) {
        db.sql(sql("fail_snapshot")).param("snapshot_id", snapshotId).update();
      }
      String message = "the refresh failed and the served snapshot is unchanged: " + describe(e);
      log.error("Ingest run {} failed: {}", runId, message, e);
      Outcome outcome =
          Outcome.early("failed", message, reports(scanned, Map.of(), Map.of()), fileFindings);
      RunHistory.record(connection, runId, outcome, checksum);
      return outcome;
    } finally {
      connection.setAutoCommit(true);
      if (request.load()) {
        purgeOldSnapshots(db, request.keepSnapshots());
      }
    }
  }

  private Outcome load(
      Connection connection,
      JdbcClient db,
      long runId,
      Request request,
      IngestContext context,
      List<Scanned> scanned,
      List<SourceFile> files,
      List<Finding> fileFindings,
      @Nullable Long snapshotId,
      Phases phases)
      throws SQLException {
    long id = snapshotId == null ? -runId : snapshotId;
    LoadTables tables = new LoadTables(id, SnapshotPartitions.createLoadTables(connection, id));
    execute(connection, SqlFile.load(IngestRunner.class, "sql/core_staging.sql"));
    // A family with no file in the folder has nothing to stage or move: its tables and transform
    // are left out (each transform reads only its own family's staging tables).
    List<IngestSource> present =
        sources.stream()
            .filter(source -> files.stream().anyMatch(f -> f.recognised().source() == source))
            .toList();
    for (IngestSource source : present) {
      execute(connection, source.stagingSql());
    }
    phases.end("creating the load tables");
    // Rows go to the database from a thread of their own while the files are read.
    CopySender sender = CopySender.background(connection.unwrap(PGConnection.class).getCopyAPI());
    try {
      Findings findings = new Findings(sender);
      Staging staging = new Staging(sender, tables);
      for (Finding f : fileFindings) {
        findings.add(f);
      }
      Map<String, Long> rowsRead = new LinkedHashMap<>();
      int done = 0;
      for (SourceFile file : files) {
        request.progress().step("reading " + file.name(), done++, files.size());
        rowsRead.put(file.name(), stage(connection, db, file, context, staging, findings));
        phases.end("reading " + file.recognised().source().family());
      }
      request.progress().step("checking across files", files.size(), files.size());
      findings.flush();
      for (IngestSource source : present) {
        source.afterStaging(context, connection, findings);
      }
      findings.flush();
      phases.end("checks across files");
      // The transforms' plans need row counts, not fine distributions: a small sample analyses the
      // staging tables (and the tables the transforms make) in a fraction of the time. Their
      // hash tables (a council's children, say) get room in memory rather than spilling to disk.
      execute(connection, "set local default_statistics_target = 10");
      execute(connection, "set local work_mem = '256MB'");
      for (String staged : db.sql(sql("staging_tables")).query(String.class).list()) {
        execute(connection, "analyze pg_temp.\"" + staged + "\"");
      }
      for (IngestSource source : present) {
        execute(connection, tables.render(source.transformSql()));
      }
      for (IngestSource source : present) {
        String fillIn = source.fillInSql();
        if (!fillIn.isBlank()) {
          execute(connection, tables.render(fillIn));
        }
      }
      execute(
          connection, tables.render(SqlFile.load(IngestRunner.class, "sql/core_transform.sql")));
      execute(connection, "set local default_statistics_target to default");
      execute(connection, "set local work_mem to default");
      phases.end("transforms");
      Map<String, Long> tableRows = countRows(db, tables);
      List<Finding> all = stagedFindings(db);
      Map<String, Long> rejected = rejectedRows(db);
      findings.rowsLeftOut().forEach((file, rows) -> rejected.merge(file, rows, Long::sum));
      phases.end("counting rows and findings");
      if (snapshotId != null) {
        request.progress().step("loading snapshot " + snapshotId, files.size(), files.size());
        SnapshotPartitions.attachLoadTables(connection, snapshotId);
        SnapshotPartitions.serve(connection, snapshotId);
        phases.end("attaching the snapshot");
      }
      return new Outcome(
          snapshotId == null ? "validated" : "loaded",
          snapshotId,
          snapshotId == null ? null : "snapshot " + snapshotId + " is served",
          reports(scanned, rowsRead, rejected),
          tableRows,
          all,
          findings.leftOut());
    } finally {
      sender.close();
    }
  }

  /** Stages one file in a savepoint: a file that cannot be used leaves nothing behind. */
  private static long stage(
      Connection connection,
      JdbcClient db,
      SourceFile file,
      IngestContext context,
      Staging staging,
      Findings findings)
      throws SQLException {
    findings.flush();
    Savepoint savepoint = connection.setSavepoint();
    try {
      long rows = file.recognised().source().stage(file, context, staging, findings);
      staging.flush();
      findings.flush();
      connection.releaseSavepoint(savepoint);
      return rows;
    } catch (UnreadableFileException e) {
      return refuse(connection, db, savepoint, staging, findings, file, e.rule(), e.getMessage());
    } catch (IOException e) {
      return refuse(
          connection, db, savepoint, staging, findings, file, "FILE_UNREADABLE", e.getMessage());
    }
  }

  private static long refuse(
      Connection connection,
      JdbcClient db,
      Savepoint savepoint,
      Staging staging,
      Findings findings,
      SourceFile file,
      String rule,
      @Nullable String message)
      throws SQLException {
    staging.discard();
    connection.rollback(savepoint);
    findings.flush();
    db.sql(sql("drop_file_findings")).param("file_name", file.name()).update();
    findings.add(
        Finding.file(
            file.name(),
            rule,
            "the file was not used ("
                + (message == null ? "unreadable" : message)
                + "); nothing in it was loaded"));
    findings.flush();
    return 0;
  }

  private List<Scanned> scan(Request request, List<Finding> findings) {
    Path dir = request.directory();
    if (!Files.isDirectory(dir)) {
      throw new IngestException(dir + " is not a folder");
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir, FOLDER_DEPTH)) {
      paths =
          walk.filter(Files::isRegularFile)
              .filter(p -> !dir.relativize(p).toString().startsWith("."))
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new IngestException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    List<Scanned> scanned = new ArrayList<>();
    int done = 0;
    for (Path path : paths) {
      request.progress().step("checking " + path.getFileName(), done++, paths.size());
      String name = dir.relativize(path).toString();
      TextFiles.Scan scan;
      try {
        scan = TextFiles.scan(path);
      } catch (IOException e) {
        findings.add(Finding.file(name, "FILE_UNREADABLE", "cannot read the file: " + e));
        continue;
      }
      Optional<Recognised> recognised = recognise(scan.sample());
      if (recognised.isEmpty()) {
        findings.add(
            Finding.file(
                name,
                scan.size() == 0 ? "FILE_EMPTY" : "FILE_NOT_RECOGNISED",
                scan.size() == 0
                    ? "the file is empty"
                    : "not a file OpenCSC reads: its header row or root element matches none"
                        + " of "
                        + families()));
      }
      scanned.add(new Scanned(path, name, scan, recognised.orElse(null)));
    }
    return scanned;
  }

  /** The families this run reads, for messages: "SSDA903, CIN census or SSD". */
  private String families() {
    List<String> names = sources.stream().map(IngestSource::family).distinct().toList();
    return names.size() <= 1
        ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " or "
            + names.get(names.size() - 1);
  }

  private Optional<Recognised> recognise(FileSample sample) {
    for (IngestSource source : sources) {
      Optional<Recognised> recognised = source.recognise(sample);
      if (recognised.isPresent()) {
        return recognised;
      }
    }
    return Optional.empty();
  }

  private static List<SourceFile> recognised(List<Scanned> scanned) {
    return scanned.stream()
        .filter(s -> s.recognised != null)
        .map(
            s ->
                new SourceFile(
                    s.path,
                    s.name,
                    s.scan.size(),
                    s.scan.sha256(),
                    s.scan.charset(),
                    java.util.Objects.requireNonNull(s.recognised)))
        .toList();
  }

  private IngestContext context(Request request, List<SourceFile> files) {
    LocalDate asAt = request.asAt();
    if (asAt == null) {
      asAt =
          files.stream()
              .map(f -> f.recognised().referenceDate())
              .filter(java.util.Objects::nonNull)
              .max(Comparator.naturalOrder())
              .orElse(LocalDate.now(clock));
    }
    return new IngestContext(asAt, CollectionYear.containing(asAt))
        .withPrevious(request.previous())
        .withPostcodes(request.postcodes())
        .withProviders(request.providers());
  }

  /** SHA-256 over the recognised files' checksums in order: the same files, the same value. */
  static String checksum(List<SourceFile> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      files.stream().map(SourceFile::sha256).sorted().forEach(s -> digest.update(s.getBytes()));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> countRows(JdbcClient db, LoadTables tables) {
    Map<String, Long> rows = new LinkedHashMap<>();
    tables
        .tables()
        .forEach(
            (table, load) -> {
              if (!SnapshotPartitions.DERIVED_TABLES.contains(table)) {
                rows.put(
                    table,
                    db.sql("select count(*) from \"" + load + "\"").query(Long.class).single());
              }
            });
    return rows;
  }

  private static List<Finding> stagedFindings(JdbcClient db) {
    return db.sql(sql("staged_findings")).query(FindingRows::finding).list();
  }

  private static Map<String, Long> rejectedRows(JdbcClient db) {
    Map<String, Long> rejected = new LinkedHashMap<>();
    db.sql(sql("rejected_rows"))
        .query(
            rs -> {
              rejected.put(rs.getString("file_name"), rs.getLong("rows_rejected"));
            });
    return rejected;
  }

  private static List<FileReport> reports(
      List<Scanned> scanned, Map<String, Long> rowsRead, Map<String, Long> rejected) {
    return scanned.stream()
        .map(
            s ->
                new FileReport(
                    s.name,
                    s.scan.size(),
                    s.scan.sha256(),
                    s.recognised == null ? null : s.recognised.label(),
                    rowsRead.getOrDefault(s.name, 0L),
                    rejected.getOrDefault(s.name, 0L)))
        .toList();
  }

  private static void purgeOldSnapshots(JdbcClient db, int keep) {
    for (Long old :
        db.sql(sql("snapshots_to_purge")).param("keep", keep).query(Long.class).list()) {
      db.sql(sql("purge_snapshot")).param("snapshot_id", old).query(rs -> {});
      db.sql(sql("mark_purged")).param("snapshot_id", old).update();
      log.info("Dropped the rows of snapshot {} (keeping the newest {})", old, keep);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * Files the run could not use: refused while staging, or empty. A snapshot without them would
   * drop what they held from the served data, so such a run serves nothing (files nobody reads,
   * such as a note left in the folder, are only reported).
   */
  private static List<String> unusableFiles(Outcome outcome) {
    return outcome.findings().stream()
        .filter(f -> f.severity() == Severity.FILE)
        .filter(f -> !"FILE_NOT_RECOGNISED".equals(f.rule()))
        .map(Finding::file)
        .distinct()
        .toList();
  }

  private static Outcome notServed(Outcome checked, List<String> unusable) {
    return new Outcome(
        "failed",
        null,
        "nothing was served and the served snapshot is unchanged: "
            + (unusable.size() == 1 ? "a file" : unusable.size() + " files")
            + " could not be used ("
            + String.join(", ", unusable)
            + "); fix or remove "
            + (unusable.size() == 1 ? "it" : "them")
            + " and run again",
        checked.files(),
        Map.of(),
        checked.findings(),
        checked.leftOut());
  }

  /**
   * PostgreSQL's message, which names the table and the rule broken, without its detail: the detail
   * quotes the refused row or key (a child's ID, date of birth), and this message is logged.
   */
  private static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
        return p.getServerErrorMessage().getMessage();
      }
    }
    return String.valueOf(e.getMessage());
  }

  private static String sql(String name) {
    return SqlFile.load(IngestRunner.class, "sql/" + name + ".sql");
  }

  private record Scanned(
      Path path, String name, TextFiles.Scan scan, @Nullable Recognised recognised) {}
}
