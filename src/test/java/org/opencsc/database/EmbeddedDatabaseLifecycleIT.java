package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.testsupport.StartupFailureAssert.assertFailsWithOneLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscProcess;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL's data folder, driven through the packaged jar: it survives a restart, a
 * {@code kill -9} of OpenCSC does not lock it for the next start, and a second OpenCSC on the same
 * folder is refused.
 */
class EmbeddedDatabaseLifecycleIT {

  private static final Duration START = Duration.ofSeconds(120);
  private static final Path WORK = Path.of("target", "it", "lifecycle").toAbsolutePath();

  private final List<OpenCscProcess> started = new ArrayList<>();
  private final List<Path> dataDirs = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    started.forEach(OpenCscProcess::close);
    dataDirs.forEach(dir -> postmaster(dir).ifPresent(ProcessHandle::destroy));
  }

  @Test
  void dataWrittenBeforeARestartIsThereAfterIt() throws IOException {
    Path dataDir = freshDataDir("restart");
    Running first = start("restart-1", dataDir);
    long migrations = appliedMigrations(first);
    first
        .jdbc()
        .sql("insert into snapshot (as_at, source) values (current_date, 'marker')")
        .update();
    first.app().stop();

    Running second = start("restart-2", dataDir);
    assertThat(markers(second)).isEqualTo(1);
    assertThat(appliedMigrations(second)).isEqualTo(migrations).isPositive();
  }

  @Test
  void aKilledOpenCscDoesNotBlockTheNextStart() throws IOException {
    Path dataDir = freshDataDir("killed");
    Running first = start("killed-1", dataDir);
    first
        .jdbc()
        .sql("insert into snapshot (as_at, source) values (current_date, 'marker')")
        .update();
    ProcessHandle orphan = postmaster(dataDir).orElseThrow();
    first.app().kill();
    assertThat(orphan.isAlive()).as("PostgreSQL outlives a kill -9 of OpenCSC").isTrue();

    Running second = start("killed-2", dataDir);
    assertThat(orphan.isAlive()).as("the orphaned PostgreSQL was stopped").isFalse();
    assertThat(markers(second)).isEqualTo(1);
  }

  @Test
  void aSecondOpenCscOnTheSameDataFolderIsRefused() throws IOException {
    Path dataDir = freshDataDir("in-use");
    start("in-use-1", dataDir);
    OpenCscProcess second =
        launch("in-use-2", dataDir, OpenCscProcess.freePort(), OpenCscProcess.freePort());
    assertFailsWithOneLine(second, START, "data folder " + dataDir, "in use");
  }

  private record Running(OpenCscProcess app, JdbcClient jdbc) {}

  private Running start(String name, Path dataDir) {
    int httpPort = OpenCscProcess.freePort();
    int dbPort = OpenCscProcess.freePort();
    OpenCscProcess app = launch(name, dataDir, httpPort, dbPort);
    app.waitUntilHealthy(httpPort, START);
    PGSimpleDataSource db = new PGSimpleDataSource();
    db.setUrl("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres");
    db.setUser("postgres");
    return new Running(app, JdbcClient.create(db));
  }

  private OpenCscProcess launch(String name, Path dataDir, int httpPort, int dbPort) {
    OpenCscProcess app =
        OpenCscProcess.start(
            WORK.resolve(name),
            Map.of(),
            "--server.port=" + httpPort,
            "--opencsc.database.port=" + dbPort,
            "--opencsc.database.data-dir=" + dataDir);
    started.add(app);
    return app;
  }

  private Path freshDataDir(String name) throws IOException {
    Path dir = WORK.resolve(name).resolve("postgres");
    postmaster(dir).ifPresent(ProcessHandle::destroy);
    FileSystemUtils.deleteRecursively(dir);
    dataDirs.add(dir);
    return dir;
  }

  private static long markers(Running app) {
    return app.jdbc()
        .sql("select count(*) from snapshot where source = 'marker'")
        .query(Long.class)
        .single();
  }

  private static long appliedMigrations(Running app) {
    return app.jdbc()
        .sql("select count(*) from flyway_schema_history where success and version is not null")
        .query(Long.class)
        .single();
  }

  /** The live PostgreSQL named in the folder's postmaster.pid, if any. */
  private static Optional<ProcessHandle> postmaster(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
