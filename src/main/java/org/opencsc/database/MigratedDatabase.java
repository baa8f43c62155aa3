package org.opencsc.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * The application's DataSource, handed out only once Flyway has migrated the schema. Inject it
 * (through an {@code ObjectProvider} in commands, whose context is lazy) where raw JDBC is needed,
 * such as a COPY; JdbcClient and JdbcTemplate beans already wait for the migration by themselves.
 */
@Component
@DependsOnDatabaseInitialization
public class MigratedDatabase {

  private final DataSource dataSource;
  private final @Nullable EmbeddedPostgres embedded;

  /** The database, with no embedded server of this application's own (tests, commands). */
  public MigratedDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
    this.embedded = null;
  }

  @Autowired
  public MigratedDatabase(DataSource dataSource, ObjectProvider<EmbeddedPostgres> embedded) {
    this.dataSource = dataSource;
    this.embedded = embedded.getIfAvailable();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * A connection for long background work (a refresh). With the embedded database, whose server
   * processes are this application's children on this machine, it is a connection of its own,
   * outside the pool, whose server process runs at the background priority ({@link
   * BackgroundPriority}) and ends when the connection is closed, so no page's query ever runs on
   * it. With an external database it is an ordinary pooled connection: the database server's
   * priorities are its administrator's.
   */
  public Connection backgroundConnection() throws SQLException {
    if (embedded == null) {
      return dataSource.getConnection();
    }
    // as the pool's: the server's error details, which quote the refused row, stay out of
    // exception messages and so out of the log
    Connection connection =
        embedded.getPostgresDatabase(Map.of("logServerErrorDetail", "false")).getConnection();
    try (Statement statement = connection.createStatement();
        ResultSet pid = statement.executeQuery("select pg_backend_pid()")) {
      pid.next();
      BackgroundPriority.renice(pid.getLong(1));
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }
}
