package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.Migrations;
import org.opencsc.testsupport.OpenCscProcess;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * OpenCSC on an external PostgreSQL 15+ (the machine's own, e.g. Debian's {@code postgresql}
 * package), configured as the README says: {@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code
 * _PASSWORD}. The test runs its own server: initdb as user {@code postgres} in a folder of its own.
 * Without PostgreSQL binaries, or when not run as root, it is skipped, except on CI ({@code
 * CI=true}), where .ci/run installs them as root and their absence is a failure.
 */
class ExternalPostgresIT {

  private static final Path WORK = Path.of("target", "it", "external-postgres").toAbsolutePath();
  private static final String SUPERUSER_PASSWORD = "superuser-secret";
  private static final String APP_PASSWORD = "opencsc-secret";

  /** Undone last in, first out: the app, then the server, then a temporary folder. */
  private final Deque<Runnable> cleanUp = new ArrayDeque<>();

  @AfterEach
  void cleanUp() {
    while (!cleanUp.isEmpty()) {
      cleanUp.pop().run();
    }
  }

  @Test
  void opencscMigratesAndServesAnExternalPostgres() throws IOException {
    Path bin = postgresBinaries();
    Path base = clusterFolder();
    int dbPort = OpenCscProcess.freePort();
    startCluster(bin, base, dbPort);
    String url = "jdbc:postgresql://127.0.0.1:" + dbPort + "/opencsc";
    JdbcClient admin = jdbc("jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres", "postgres");
    admin.sql("create role opencsc login password 'opencsc-secret'").update();
    admin.sql("create database opencsc owner opencsc").update();

    int httpPort = OpenCscProcess.freePort();
    OpenCscProcess app =
        OpenCscProcess.start(
            WORK.resolve("app"),
            Map.of(
                "SPRING_DATASOURCE_URL", url,
                "SPRING_DATASOURCE_USERNAME", "opencsc",
                "SPRING_DATASOURCE_PASSWORD", APP_PASSWORD),
            "--server.port=" + httpPort);
    cleanUp.push(app::close);
    app.waitUntilHealthy(httpPort, Duration.ofSeconds(120));

    JdbcClient jdbc = jdbc(url, "opencsc");
    List<String> applied =
        jdbc.sql(
                "select version from flyway_schema_history where success and version is not null"
                    + " order by installed_rank")
            .query(String.class)
            .list();
    assertThat(applied)
        .isNotEmpty()
        .containsExactlyElementsOf(
            Migrations.versions().stream().map(MigrationVersion::getVersion).toList());
    assertThat(jdbc.sql("show server_version_num").query(Integer.class).single())
        .isGreaterThanOrEqualTo(150000);
    assertThat(app.stdout()).doesNotContain("Embedded PostgreSQL started");
  }

  /** The newest installed PostgreSQL's bin folder (Debian: /usr/lib/postgresql/N/bin). */
  private static Path postgresBinaries() throws IOException {
    Optional<Path> bin = Optional.empty();
    Path root = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        bin =
            versions
                .filter(v -> v.getFileName().toString().matches("\\d+"))
                .filter(v -> Integer.parseInt(v.getFileName().toString()) >= 15)
                .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")));
      }
    }
    String missing =
        "no PostgreSQL 15+ binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)";
    if (bin.isEmpty() && "true".equals(System.getenv("CI"))) {
      fail(missing + "; on CI .ci/run installs them");
    }
    assumeTrue(bin.isPresent(), missing + ": external-database test skipped");
    boolean asRoot = "root".equals(System.getProperty("user.name"));
    if (!asRoot && "true".equals(System.getenv("CI"))) {
      fail("the external-database test runs PostgreSQL as user postgres: run .ci/run as root");
    }
    assumeTrue(asRoot, "not root, so cannot run PostgreSQL as user postgres: test skipped");
    return bin.orElseThrow();
  }

  /**
   * A folder owned by user postgres: under target/ when postgres can reach it, else under the
   * temporary folder (a checkout under /root is closed to other users).
   */
  private Path clusterFolder() throws IOException {
    Path base = WORK.resolve("cluster");
    FileSystemUtils.deleteRecursively(base);
    Files.createDirectories(base);
    run("chown", "postgres:postgres", base.toString());
    if (exitCode("runuser", "-u", "postgres", "--", "test", "-w", base.toString()) != 0) {
      Path temporary = Files.createTempDirectory("opencsc-external-pg-");
      run("chown", "postgres:postgres", temporary.toString());
      cleanUp.push(() -> deleteQuietly(temporary));
      return temporary;
    }
    return base;
  }

  private void startCluster(Path bin, Path base, int port) throws IOException {
    Path data = base.resolve("data");
    Path pwfile = base.resolve("pwfile");
    Files.writeString(pwfile, SUPERUSER_PASSWORD);
    run("chown", "postgres:postgres", pwfile.toString());
    run(
        "runuser",
        "-u",
        "postgres",
        "--",
        bin.resolve("initdb").toString(),
        "-D",
        data.toString(),
        "-U",
        "postgres",
        "--pwfile=" + pwfile,
        "--auth-local=trust",
        "--auth-host=scram-sha-256",
        "-E",
        "UTF8",
        "--locale=C");
    // TCP only: a Unix socket path under a deep checkout could pass the 107-byte limit
    String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
    run(
        "runuser",
        "-u",
        "postgres",
        "--",
        bin.resolve("pg_ctl").toString(),
        "-D",
        data.toString(),
        "-l",
        base.resolve("postgres.log").toString(),
        "-o",
        options,
        "-w",
        "-t",
        "60",
        "start");
    cleanUp.push(
        () ->
            exitCode(
                "runuser",
                "-u",
                "postgres",
                "--",
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-m",
                "fast",
                "-w",
                "stop"));
  }

  private static JdbcClient jdbc(String url, String user) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(user);
    ds.setPassword(user.equals("postgres") ? SUPERUSER_PASSWORD : APP_PASSWORD);
    return JdbcClient.create(ds);
  }

  private static void run(String... command) {
    int exit = exitCode(command);
    assertThat(exit)
        .as("exit code of %s (output in target/it/external-postgres)", List.of(command))
        .isZero();
  }

  private static int exitCode(String... command) {
    try {
      Files.createDirectories(WORK);
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(WORK.resolve("commands.log").toFile()))
              .start();
      return process.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      FileSystemUtils.deleteRecursively(dir);
    } catch (IOException e) {
      // left for mvn clean
    }
  }
}
