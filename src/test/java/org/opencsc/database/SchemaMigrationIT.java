package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

class SchemaMigrationIT {

  @Test
  void migrationsApplyToAnEmptyDatabase() {
    String url = TestDatabase.createEmptyDatabase("empty");
    Flyway flyway = flyway(url, null);
    var result = flyway.migrate();
    assertThat(result.success).isTrue();
    assertThat(flyway.info().pending()).isEmpty();
    JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource(url));
    assertThat(
            jdbc.sql(
                    "select count(*) from information_schema.tables where table_name = 'episode_of_care'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  static Flyway flyway(String url, String target) {
    var config =
        Flyway.configure()
            .dataSource(TestDatabase.dataSource(url))
            .locations("classpath:db/migration");
    if (target != null) {
      config.target(target);
    }
    return config.load();
  }
}
