package org.opencsc.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencsc.generator.ChildHistoryBuilder.aChild;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencsc.database.MigratedDatabase;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading the hand-built council into a migrated, empty PostgreSQL database. */
class CouncilLoadIT {

  static DataSource dataSource;
  static JdbcClient jdbc;
  static GeneratorService service;

  @BeforeAll
  static void migrate() {
    String url = TestDatabase.createEmptyDatabase("generator_load");
    dataSource = TestDatabase.dataSource(url);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    var beans = new DefaultListableBeanFactory();
    beans.registerSingleton("database", new MigratedDatabase(dataSource));
    service = new GeneratorService(beans.getBeanProvider(MigratedDatabase.class));
  }

  @Test
  void loadsEveryRowServesTheNewSnapshotAndRetiresTheOldOne() {
    CouncilLoaded first = service.load(TestCouncil.standard(), TestCouncil.settings());
    CouncilLoaded second = service.load(TestCouncil.standard(), TestCouncil.settings());

    assertThat(current()).isEqualTo(second.snapshotId());
    assertThat(status(first.snapshotId())).isEqualTo("retired");
    assertThat(status(second.snapshotId())).isEqualTo("served");
    long id = second.snapshotId();
    // counted by hand from TestCouncil
    assertThat(count("service_area", id)).isEqualTo(2);
    assertThat(count("team", id)).isEqualTo(2);
    assertThat(count("worker", id)).isEqualTo(3);
    assertThat(count("worker_team", id)).isEqualTo(4);
    assertThat(count("supervision", id)).isEqualTo(1);
    assertThat(count("workforce_vacancy", id)).isEqualTo(1);
    assertThat(count("worker_absence", id)).isEqualTo(1);
    assertThat(count("child", id)).isEqualTo(6);
    assertThat(count("child_disability", id)).isEqualTo(1);
    assertThat(count("contact", id)).isEqualTo(1);
    assertThat(count("referral", id)).isEqualTo(4);
    assertThat(count("assessment", id)).isEqualTo(1);
    assertThat(count("assessment_factor", id)).isEqualTo(2);
    assertThat(count("strategy_discussion", id)).isEqualTo(1);
    assertThat(count("section47", id)).isEqualTo(1);
    assertThat(count("icpc", id)).isEqualTo(1);
    assertThat(count("cp_plan", id)).isEqualTo(1);
    assertThat(count("cp_review", id)).isEqualTo(1);
    assertThat(count("cp_visit", id)).isEqualTo(1);
    assertThat(count("episode_of_care", id)).isEqualTo(6);
    assertThat(count("cla_review", id)).isEqualTo(2);
    assertThat(count("cla_visit", id)).isEqualTo(1);
    assertThat(count("health_check", id)).isEqualTo(3);
    assertThat(count("pep", id)).isEqualTo(1);
    assertThat(count("missing_episode", id)).isEqualTo(1);
    assertThat(count("care_leaver_contact", id)).isEqualTo(1);
    assertThat(count("adoption", id)).isEqualTo(1);
    assertThat(count("previous_permanence", id)).isEqualTo(1);
    assertThat(count("allocation", id)).isEqualTo(3);
    assertThat(second.children()).isEqualTo(6);
    assertThat(second.rowsByTable()).containsEntry("episode_of_care", 6L);
  }

  @Test
  void aChildInTwoEpisodesAtOnceFailsTheLoadAndLeavesTheServedSnapshotServed() {
    long served = service.load(TestCouncil.standard(), TestCouncil.settings()).snapshotId();
    var broken =
        aChild("C099", "F", "2014-01-01", "WBRI")
            .episode("E98", "2025-05-01", "S", "C2", "U4", "2025-08-01", "X1")
            .episode("E99", "2025-07-01", "P", "C2", "U1", null, null)
            .build();

    assertThatThrownBy(() -> service.load(TestCouncil.standardWith(broken), TestCouncil.settings()))
        .isInstanceOf(LoadFailedException.class)
        .hasMessageContaining("marked failed")
        .hasMessageContaining("episode_of_care")
        .hasMessageContaining("bug in the generator");

    assertThat(current()).isEqualTo(served);
    assertThat(status(served)).isEqualTo("served");
    long failed = jdbc.sql("select max(snapshot_id) from snapshot").query(Long.class).single();
    assertThat(status(failed)).isEqualTo("failed");
    assertThat(count("child", failed)).isZero();
  }

  private static long current() {
    return jdbc.sql("select snapshot_id from current_snapshot").query(Long.class).single();
  }

  private static String status(long snapshotId) {
    return jdbc.sql("select status from snapshot where snapshot_id = :id")
        .param("id", snapshotId)
        .query(String.class)
        .single();
  }

  /** Rows of one table in one snapshot; the table name comes from this test, never from input. */
  private static long count(String table, long snapshotId) {
    return jdbc.sql("select count(*) from " + table + " where snapshot_id = :id")
        .param("id", snapshotId)
        .query(Long.class)
        .single();
  }
}
