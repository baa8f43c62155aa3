package org.opencsc.database;

import javax.sql.DataSource;
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

  public MigratedDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public DataSource dataSource() {
    return dataSource;
  }
}
