package org.opencsc.ingest.internal.cin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.opencsc.database.CopySender;
import org.opencsc.database.SnapshotPartitions;
import org.opencsc.database.SqlFile;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.CollectionYear;
import org.opencsc.ingest.internal.FileSample;
import org.opencsc.ingest.internal.FindingRows;
import org.opencsc.ingest.internal.Findings;
import org.opencsc.ingest.internal.IngestContext;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.LoadTables;
import org.opencsc.ingest.internal.Recognised;
import org.opencsc.ingest.internal.SourceFile;
import org.opencsc.ingest.internal.Staging;
import org.opencsc.ingest.internal.UnreadableFileException;
import org.opencsc.testsupport.TestDatabase;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Runs the CIN census source against a real migrated database the way a run does, without the run:
 * a building snapshot with its load tables; the core's and the source's staging tables; each file
 * staged in a savepoint of its own (rolled back when the file is unreadable); the source's
 * transform, then the core's; finally the load tables checked and attached, so every database rule
 * holds for what the source produced. Findings are read before the commit drops their table.
 */
final class CinIngest {

  /** What one run left: the snapshot, its findings, the files refused whole and why. */
  record Outcome(
      long snapshotId,
      List<Finding> findings,
      Map<String, UnreadableFileException> refused,
      long rowsStaged) {

    List<Finding> errors() {
      return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    List<Finding> queries() {
      return findings.stream().filter(f -> f.severity() == Severity.QUERY).toList();
    }
  }

  /** Where the source writes as it reads: the core's staging tables and these load tables. */
  private static final String[] WRITTEN_TABLES = {
    "referral",
    "assessment",
    "assessment_factor",
    "cin_plan",
    "strategy_discussion",
    "section47",
    "icpc",
    "cp_plan",
    "cp_review"
  };

  private static DataSource shared;

  final CinCensusSource source = new CinCensusSource();
  final DataSource dataSource;
  final JdbcClient jdbc;

  /**
   * Whether the DfE's rules run as in a real run. The checks at the door are tested without them (a
   * DfE rule would often report the same element first, under its code).
   */
  private final boolean dfeRules;

  private CinIngest(DataSource dataSource, boolean dfeRules) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.dfeRules = dfeRules;
  }

  /** The same, with the DfE's rules run as a real run runs them. */
  CinIngest withDfeRules() {
    return new CinIngest(dataSource, true);
  }

  /** One migrated database for all the CIN tests of this JVM. */
  static synchronized CinIngest onTestDatabase() {
    if (shared == null) {
      String url = TestDatabase.createEmptyDatabase("cin_ingest");
      shared = TestDatabase.dataSource(url);
      Flyway.configure().dataSource(shared).locations("classpath:db/migration").load().migrate();
    }
    return new CinIngest(shared, false);
  }

  /** Stages the files as one run as at {@code asAt} and loads them into a new snapshot. */
  Outcome run(LocalDate asAt, Path... files) throws IOException, SQLException {
    long snapshot =
        jdbc.sql(
                "insert into snapshot (as_at, source) values (:as_at, 'cin-census-it')"
                    + " returning snapshot_id")
            .param("as_at", asAt)
            .query(Long.class)
            .single();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      Map<String, String> tables = SnapshotPartitions.createLoadTables(c, snapshot);
      execute(c, SqlFile.load(IngestSource.class, "sql/core_staging.sql"));
      execute(c, source.stagingSql());
      IngestContext all = new IngestContext(asAt, CollectionYear.containing(asAt));
      IngestContext context = dfeRules ? all : all.withoutDfeRules();
      LoadTables load = new LoadTables(snapshot, tables);
      Map<String, UnreadableFileException> refused = stageAll(c, context, load, files);
      long staged = rowsStaged(c, load);
      execute(c, load.render(source.transformSql()));
      execute(c, load.render(SqlFile.load(IngestSource.class, "sql/core_transform.sql")));
      List<Finding> findings = findings(c);
      SnapshotPartitions.attachLoadTables(c, snapshot);
      c.commit();
      return new Outcome(snapshot, findings, refused, staged);
    }
  }

  private Map<String, UnreadableFileException> stageAll(
      Connection c, IngestContext context, LoadTables load, Path... files)
      throws IOException, SQLException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    Map<String, UnreadableFileException> refused = new LinkedHashMap<>();
    for (Path file : files) {
      Savepoint before = c.setSavepoint();
      Staging staging = new Staging(CopySender.direct(copy), load);
      Findings findings = new Findings(copy);
      try {
        source.stage(sourceFile(file), context, staging, findings);
        staging.flush();
        findings.flush();
        c.releaseSavepoint(before);
      } catch (UnreadableFileException e) {
        c.rollback(before);
        refused.put(file.getFileName().toString(), e);
      }
    }
    return refused;
  }

  /** The file as the run would describe it after its scan (UTF-8 if it decodes, else 1252). */
  SourceFile sourceFile(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return new SourceFile(
        file,
        file.getFileName().toString(),
        bytes.length,
        "0".repeat(64),
        charset(bytes),
        new Recognised(source, "", null));
  }

  /** What recognition sees of the file: its start, decoded as the scan would. */
  FileSample sample(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Charset charset = charset(bytes);
    return new FileSample(
        file.getFileName().toString(), new String(bytes, charset), charset, false);
  }

  private static Charset charset(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return Charset.forName("windows-1252");
    }
  }

  private static long rowsStaged(Connection c, LoadTables load) {
    JdbcClient tx = JdbcClient.create(new SingleConnectionDataSource(c, true));
    long rows =
        tx.sql("select count(*) from stage_child").query(Long.class).single()
            + tx.sql("select count(*) from stage_child_disability").query(Long.class).single();
    for (String table : WRITTEN_TABLES) {
      rows +=
          tx.sql(load.render("select count(*) from {" + table + "}")).query(Long.class).single();
    }
    return rows;
  }

  private static List<Finding> findings(Connection c) {
    return JdbcClient.create(new SingleConnectionDataSource(c, true))
        .sql(
            "select file_name, row_number, child_id, field, value, rule, severity, message"
                + " from stage_finding order by finding_no")
        .query(FindingRows::finding)
        .list();
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Rows of a query about one snapshot ({@code :s}), each as its columns joined by {@code |}. */
  List<String> rows(String sql, long snapshotId) {
    return rows(sql, Map.of("s", snapshotId));
  }

  /** Rows of a query with named parameters, each as its columns joined by {@code |}. */
  List<String> rows(String sql, Map<String, ?> params) {
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, n) -> {
              StringBuilder row = new StringBuilder();
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(i > 1 ? "|" : "").append(rs.getString(i));
              }
              return row.toString();
            })
        .list();
  }

  long count(String table, long snapshotId) {
    return jdbc.sql("select count(*) from " + table + " where snapshot_id = :s")
        .param("s", snapshotId)
        .query(Long.class)
        .single();
  }
}
