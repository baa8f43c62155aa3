package org.opencsc.ingest.internal.ssda903;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
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
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The steps of an import around {@link Ssda903Source}, without the runner: in one transaction on a
 * real migrated database, a new snapshot's load tables, the staging tables, each file recognised
 * and staged in a savepoint of its own, the source's transform and the core's, and the attach,
 * which holds every loaded row to the database's keys and rules. What the run found stays readable
 * after the commit in {@link Run}.
 */
final class Ssda903Harness {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final DataSource dataSource;
  private final Ssda903Source source = new Ssda903Source();

  /**
   * Whether the DfE's rules run after the files are staged, as in a real run. The checks at the
   * door are tested without them (a DfE rule would often report the same row first, under its
   * code).
   */
  private boolean dfeRules;

  Ssda903Harness(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The same harness with the DfE's rules run as a real run runs them. */
  Ssda903Harness withDfeRules() {
    dfeRules = true;
    return this;
  }

  /** What a run did. */
  record Run(
      long snapshotId,
      Map<String, Long> rowsRead,
      Map<String, UnreadableFileException> unreadable,
      List<String> unrecognised,
      List<Finding> findings) {

    List<Finding> errors() {
      return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    List<Finding> queries() {
      return findings.stream().filter(f -> f.severity() == Severity.QUERY).toList();
    }
  }

  /** What the source makes of a file's first bytes, as the runner shows them to it. */
  Optional<Recognised> recognise(Path file) {
    return source.recognise(sample(file));
  }

  /** Imports the files as of {@code asAt} into a new snapshot; throws if the attach refuses. */
  Run run(LocalDate asAt, Path... files) throws SQLException, IOException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      JdbcClient db = JdbcClient.create(new SingleConnectionDataSource(c, true));
      long snapshot =
          db.sql(
                  "insert into snapshot (as_at, source) values (:as_at, 'ssda903-it') returning"
                      + " snapshot_id")
              .param("as_at", asAt)
              .query(Long.class)
              .single();
      LoadTables tables =
          new LoadTables(snapshot, SnapshotPartitions.createLoadTables(c, snapshot));
      execute(c, SqlFile.load(IngestSource.class, "sql/core_staging.sql"));
      execute(c, source.stagingSql());
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      IngestContext context = new IngestContext(asAt, CollectionYear.containing(asAt));
      Map<String, Long> rowsRead = new LinkedHashMap<>();
      Map<String, UnreadableFileException> unreadable = new LinkedHashMap<>();
      List<String> unrecognised = new ArrayList<>();
      for (Path path : files) {
        String name = path.getFileName().toString();
        FileSample sample = sample(path);
        Optional<Recognised> recognised = source.recognise(sample);
        if (recognised.isEmpty()) {
          unrecognised.add(name);
          continue;
        }
        SourceFile file =
            new SourceFile(path, name, Files.size(path), "-", sample.charset(), recognised.get());
        Savepoint savepoint = c.setSavepoint();
        Staging staging = new Staging(copy);
        Findings findings = new Findings(copy);
        try {
          rowsRead.put(name, source.stage(file, context, staging, findings));
          staging.flush();
          findings.flush();
          c.releaseSavepoint(savepoint);
        } catch (UnreadableFileException e) {
          c.rollback(savepoint);
          unreadable.put(name, e);
        }
      }
      if (dfeRules) {
        Findings ruleFindings = new Findings(copy);
        source.afterStaging(context, c, ruleFindings);
        ruleFindings.flush();
      }
      execute(c, tables.render(source.transformSql()));
      execute(c, tables.render(SqlFile.load(IngestSource.class, "sql/core_transform.sql")));
      List<Finding> found = findings(db);
      SnapshotPartitions.attachLoadTables(c, snapshot);
      c.commit();
      return new Run(snapshot, rowsRead, unreadable, unrecognised, found);
    }
  }

  private static List<Finding> findings(JdbcClient db) {
    return db.sql(SqlFile.load(IngestSource.class, "sql/staged_findings.sql"))
        .query(FindingRows::finding)
        .list();
  }

  /**
   * The file as the runner samples it: UTF-8 when its bytes are valid UTF-8, else Windows-1252; the
   * byte order mark removed (test files are small, so all of it is the sample).
   */
  static FileSample sample(Path path) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      int skip =
          bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]
              ? 3
              : 0;
      Charset charset = StandardCharsets.UTF_8;
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                .toString();
      } catch (CharacterCodingException e) {
        charset = Charset.forName("windows-1252");
        text = new String(bytes, skip, bytes.length - skip, charset);
      }
      return new FileSample(path.getFileName().toString(), text, charset, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
