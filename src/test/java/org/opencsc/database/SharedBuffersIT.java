package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL's page cache is the size opencsc.database.shared-buffers gives. */
class SharedBuffersIT {

  @TempDir Path dataDir;

  @Test
  void theEmbeddedDatabaseStartsWithTheConfiguredSharedBuffers() throws Exception {
    EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
    try (EmbeddedPostgres postgres =
            configuration.embeddedPostgres(new DatabaseProperties(dataDir, 0, true, "160MB"));
        HikariDataSource pool = (HikariDataSource) configuration.dataSource(postgres)) {

      assertThat(JdbcClient.create(pool).sql("show shared_buffers").query(String.class).single())
          .isEqualTo("160MB");
    }
  }
}
