package org.opencsc.cli;

import static org.opencsc.testsupport.StartupFailureAssert.assertFailsWithOneLine;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.OpenCscProcess;

/**
 * The packaged jar, started the way a person starts it, refuses to start on bad input with one
 * clear line and a non-zero exit code, never a stack trace.
 */
class StartupFailureIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  private static final Path WORK = Path.of("target", "it", "startup-failure");

  @Test
  void portInUse() throws IOException {
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      OpenCscProcess app =
          OpenCscProcess.start(
              WORK.resolve("port-in-use"),
              Map.of(),
              "--server.port=" + port,
              "--opencsc.database.throwaway=true");
      assertFailsWithOneLine(app, TIMEOUT, "port " + port, "already in use");
    }
  }

  @Test
  void unreachableExternalDatabase() {
    int closed = OpenCscProcess.freePort();
    OpenCscProcess app =
        OpenCscProcess.start(
            WORK.resolve("unreachable-database"),
            Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/opencsc"),
            "--server.port=0");
    assertFailsWithOneLine(
        app, TIMEOUT, "cannot reach the database", "127.0.0.1:" + closed, "SPRING_DATASOURCE_URL");
  }

  @Test
  void wrongPassword() throws IOException, SQLException {
    try (EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setDataDirectoryCustomizer(StartupFailureIT::requirePasswords)
            .start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("create role opencsc login password 'the-right-one'");
        s.execute("create database opencsc owner opencsc");
      }
      OpenCscProcess app =
          OpenCscProcess.start(
              WORK.resolve("wrong-password"),
              Map.of(
                  "SPRING_DATASOURCE_URL",
                  "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/opencsc",
                  "SPRING_DATASOURCE_USERNAME",
                  "opencsc",
                  "SPRING_DATASOURCE_PASSWORD",
                  "a-wrong-one"),
              "--server.port=0");
      assertFailsWithOneLine(
          app, TIMEOUT, "refused the user name or password", "SPRING_DATASOURCE_PASSWORD");
    }
  }

  @Test
  void dataFolderUnderARegularFile() throws IOException {
    Path work = WORK.resolve("data-folder-under-file");
    Files.createDirectories(work);
    Path file = work.resolve("not-a-folder").toAbsolutePath();
    Files.writeString(file, "a file, not a folder");
    Path dataDir = file.resolve("postgres");
    OpenCscProcess app =
        OpenCscProcess.start(work, Map.of(), "--opencsc.database.data-dir=" + dataDir);
    assertFailsWithOneLine(
        app, TIMEOUT, "data folder " + dataDir, "cannot be created", "OPENCSC_DATABASE_DATA_DIR");
  }

  @Test
  void dataFolderTheSystemRefuses() {
    OpenCscProcess app =
        OpenCscProcess.start(
            WORK.resolve("data-folder-in-proc"),
            Map.of(),
            "--opencsc.database.data-dir=/proc/opencsc-test");
    assertFailsWithOneLine(
        app,
        TIMEOUT,
        "data folder /proc/opencsc-test",
        "cannot be created",
        "OPENCSC_DATABASE_DATA_DIR");
  }

  /** Password authentication over TCP for every role but the superuser the test itself uses. */
  private static void requirePasswords(File dataDir) {
    try {
      Files.writeString(
          dataDir.toPath().resolve("pg_hba.conf"),
          """
          local all all trust
          host all postgres 127.0.0.1/32 trust
          host all all 127.0.0.1/32 scram-sha-256
          """);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
