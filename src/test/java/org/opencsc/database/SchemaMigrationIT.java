package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.Migrations;
import org.opencsc.testsupport.TestDatabase;
import org.postgresql.util.PSQLException;
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

  @Test
  void migrationsApplyToThePreviousVersionsDatabase() {
    List<MigrationVersion> versions = Migrations.versions();
    assertThat(versions).hasSizeGreaterThanOrEqualTo(2);
    MigrationVersion previous = versions.get(versions.size() - 2);
    String url = TestDatabase.createEmptyDatabase("previous");
    flyway(url, previous.getVersion()).migrate();
    JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource(url));
    long snapshot =
        jdbc.sql(
                "insert into snapshot (as_at, source) values (date '2026-03-31', 'previous')"
                    + " returning snapshot_id")
            .query(Long.class)
            .single();
    // since V4 every snapshot's rows live in partitions of their own
    jdbc.sql("select create_snapshot_partitions(:s)").param("s", snapshot).query(rs -> {});
    jdbc.sql(
            "insert into service_area (snapshot_id, service_area_id, name) values (:s, 'SA1', 'A')")
        .param("s", snapshot)
        .update();
    jdbc.sql(
            "insert into team (snapshot_id, team_id, service_area_id, name)"
                + " values (:s, 'T1', 'SA1', 'Team 1')")
        .param("s", snapshot)
        .update();

    Flyway latest = flyway(url, null);
    assertThat(latest.migrate().migrationsExecuted).isEqualTo(1);
    assertThat(latest.info().pending()).isEmpty();
    assertThat(latest.info().current().getVersion()).isEqualTo(versions.get(versions.size() - 1));
    assertThat(
            jdbc.sql(
                    "select count(*) from team join service_area using (snapshot_id, service_area_id)")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // the keys of a snapshot loaded before the migration still hold
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into team (snapshot_id, team_id, service_area_id, name)"
                            + " values (:s, 'T2', 'SA9', 'Team 2')")
                    .param("s", snapshot)
                    .update())
        .hasRootCauseInstanceOf(PSQLException.class)
        .rootCause()
        .extracting(e -> ((PSQLException) e).getSQLState())
        .isEqualTo("23503");
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
