package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * Background work (a refresh) runs at a lower CPU priority than the pages: the thread that runs it,
 * the threads it starts, and, with the embedded database, the server process of its connection;
 * never a pooled connection that a page would use next. Read back from /proc (Linux).
 */
class BackgroundPriorityIT {

  @BeforeAll
  static void linuxOnly() {
    assumeThat(Files.isSymbolicLink(Path.of("/proc/thread-self"))).isTrue();
  }

  @Test
  void theThreadAndTheThreadsItStartsRunLower() throws Exception {
    int before = niceOf(Path.of("/proc/thread-self/stat"));
    AtomicInteger own = new AtomicInteger(-99);
    AtomicInteger started = new AtomicInteger(-99);
    Thread background =
        new Thread(
            () -> {
              BackgroundPriority.lowerCurrentThread();
              own.set(niceOf(Path.of("/proc/thread-self/stat")));
              Thread child =
                  new Thread(() -> started.set(niceOf(Path.of("/proc/thread-self/stat"))));
              child.start();
              join(child);
            });
    background.start();
    background.join();

    assertThat(own.get()).isEqualTo(BackgroundPriority.NICENESS);
    assertThat(started.get()).isEqualTo(BackgroundPriority.NICENESS);
    assertThat(niceOf(Path.of("/proc/thread-self/stat")))
        .as("the thread that started it is untouched")
        .isEqualTo(before);
  }

  @Test
  void theEmbeddedServersBackgroundConnectionRunsLowerAndLeavesThePoolAlone() throws Exception {
    EmbeddedPostgres server = TestDatabase.server();
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("embedded", server);
    DataSource pool = server.getPostgresDatabase();
    MigratedDatabase database =
        new MigratedDatabase(pool, beans.getBeanProvider(EmbeddedPostgres.class));

    long backgroundPid;
    try (Connection background = database.backgroundConnection();
        Connection page = pool.getConnection()) {
      backgroundPid = backendPid(background);
      assertThat(niceOf(stat(backgroundPid))).isEqualTo(BackgroundPriority.NICENESS);
      assertThat(niceOf(stat(backendPid(page)))).isZero();
    }
    // gone already, or ends within seconds
    ProcessHandle.of(backgroundPid)
        .ifPresent(
            process ->
                assertThat(process.onExit())
                    .as("the background connection's server process ends with it")
                    .succeedsWithin(java.time.Duration.ofSeconds(10)));
  }

  @Test
  void theBackgroundConnectionKeepsTheServersErrorDetailOutOfMessagesAsThePoolDoes()
      throws Exception {
    EmbeddedPostgres server = TestDatabase.server();
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("embedded", server);
    MigratedDatabase database =
        new MigratedDatabase(
            server.getPostgresDatabase(), beans.getBeanProvider(EmbeddedPostgres.class));
    try (Connection background = database.backgroundConnection();
        Statement statement = background.createStatement()) {
      statement.execute("create temporary table kept (child_id text primary key)");
      statement.execute("insert into kept values ('SECRETCHILD')");
      assertThatThrownBy(() -> statement.execute("insert into kept values ('SECRETCHILD')"))
          .isInstanceOf(SQLException.class)
          .hasMessageNotContaining("SECRETCHILD");
    }
  }

  @Test
  void withoutAnEmbeddedServerItIsAPlainConnection() throws Exception {
    DataSource pool = TestDatabase.server().getPostgresDatabase();
    try (Connection connection = new MigratedDatabase(pool).backgroundConnection()) {
      assertThat(niceOf(stat(backendPid(connection)))).isZero();
    }
  }

  private static long backendPid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Path stat(long pid) {
    return Path.of("/proc", Long.toString(pid), "stat");
  }

  /** Field 19 of /proc/.../stat, counted after the command name's closing parenthesis. */
  private static int niceOf(Path stat) {
    try {
      String line = Files.readString(stat);
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      return Integer.parseInt(fields[16]);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
