package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.TestDatabase;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@link CopySender} against a real PostgreSQL: batches sent from the background thread arrive
 * whole and in order, {@link CopySender#await} frees the connection, and a batch the database
 * refuses is reported once, to the caller, with the batches after it dropped.
 */
class CopySenderIT {

  private static DataSource dataSource;

  @BeforeAll
  static void database() {
    dataSource = TestDatabase.dataSource(TestDatabase.createEmptyDatabase("copy_sender"));
  }

  @Test
  void backgroundBatchesArriveInOrderAndAwaitFreesTheConnection() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      execute(c, "create temporary table t (n integer primary key, label text)");
      try (CopySender sender = CopySender.background(copy(c))) {
        CopyRows rows = new CopyRows(sender, "t", "n, label");
        // far more than the batches allowed in flight, so the reader really waits for the sender
        for (int n = 1; n <= 200_000; n++) {
          rows.add(n, "row\t" + n + "\\");
        }
        rows.flush();
        sender.await();
        JdbcClient db = jdbc(c);
        assertThat(db.sql("select count(*) from t").query(Long.class).single()).isEqualTo(200_000);
        assertThat(db.sql("select label from t where n = 7").query(String.class).single())
            .isEqualTo("row\t7\\");
      }
    }
  }

  @Test
  void aRefusedBatchIsReportedOnceAndTheBatchesAfterItAreDropped() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      execute(c, "create temporary table u (n integer primary key) on commit drop");
      try (CopySender sender = CopySender.background(copy(c))) {
        sender.send("copy u (n) from stdin", "1\n2\n");
        sender.send("copy u (n) from stdin", "2\n");
        sender.send("copy u (n) from stdin", "3\n");
        assertThatThrownBy(sender::await)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("duplicate key");
        sender.await();
        c.rollback();
      }
    }
  }

  @Test
  void directSendsBeforeReturning() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      execute(c, "create temporary table v (n integer)");
      CopySender sender = CopySender.direct(copy(c));
      sender.send("copy v (n) from stdin", "1\n2\n3\n");
      List<Integer> rows = jdbc(c).sql("select n from v order by n").query(Integer.class).list();
      assertThat(rows).containsExactly(1, 2, 3);
      assertThatThrownBy(() -> sender.send("copy v (n) from stdin", "x\n"))
          .isInstanceOf(SQLException.class);
    }
  }

  private static CopyManager copy(Connection c) throws SQLException {
    return c.unwrap(PGConnection.class).getCopyAPI();
  }

  private static JdbcClient jdbc(Connection c) {
    return JdbcClient.create(new SingleConnectionDataSource(c, true));
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
