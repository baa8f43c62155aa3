package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database keeps PostgreSQL's error detail, which quotes the refused key, out of the
 * log (docs/security.md): out of the exception's message (the pool's {@code logServerErrorDetail})
 * and out of the server's own log (terse, without the failed statement). The external database's
 * pool is set in application.yml and checked by {@code NoChildDataInLogsIT}.
 */
class ErrorDetailIT {

  @TempDir Path dataDir;

  @Test
  void theEmbeddedDatabaseKeepsTheRefusedKeyOutOfTheLog() throws Exception {
    EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
    try (EmbeddedPostgres postgres =
            configuration.embeddedPostgres(new DatabaseProperties(dataDir, 0, true, "256MB"));
        HikariDataSource pool = (HikariDataSource) configuration.dataSource(postgres)) {

      assertThat(duplicateKeyMessage(pool, "DETAILCHILD1"))
          .contains("duplicate key value violates unique constraint")
          .doesNotContain("DETAILCHILD1");
      assertThat(
              JdbcClient.create(pool)
                  .sql(
                      "select current_setting('log_error_verbosity') || ' '"
                          + " || current_setting('log_min_error_statement')")
                  .query(String.class)
                  .single())
          .isEqualTo("terse panic");
    }
  }

  /** What the pool keeps out: with the driver's default the message quotes the key. */
  @Test
  void theDriversDefaultQuotesTheKey() throws Exception {
    DataSource plain = TestDatabase.dataSource(TestDatabase.createEmptyDatabase("error_detail"));

    assertThat(duplicateKeyMessage(plain, "DEFAULTCHILD1"))
        .contains("Key (child_id)=(DEFAULTCHILD1) already exists");
  }

  private static String duplicateKeyMessage(DataSource dataSource, String childId)
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement create = connection.createStatement();
        PreparedStatement insert = connection.prepareStatement("insert into kid values (?)")) {
      create.execute("create temporary table kid (child_id text primary key)");
      insert.setString(1, childId);
      insert.execute();
      Throwable refused = catchThrowable(insert::execute);
      assertThat(refused).isInstanceOf(SQLException.class);
      return refused.getMessage();
    }
  }
}
