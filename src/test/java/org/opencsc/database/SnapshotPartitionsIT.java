package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencsc.testsupport.TestDatabase;
import org.postgresql.util.PSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bulk path of {@link SnapshotPartitions}: rows written into a snapshot's load tables are held
 * to every rule of the parent tables when they are attached, and a refused load leaves nothing.
 */
class SnapshotPartitionsIT {

  private static DataSource dataSource;
  private long snapshot;

  @BeforeAll
  static void migrate() {
    String url = TestDatabase.createEmptyDatabase("snapshot_partitions");
    SchemaMigrationIT.flyway(url, null).migrate();
    dataSource = TestDatabase.dataSource(url);
  }

  @BeforeEach
  void newSnapshot() {
    snapshot =
        JdbcClient.create(dataSource)
            .sql(
                "insert into snapshot (as_at, source) values (date '2026-03-31', 'partitions-it')"
                    + " returning snapshot_id")
            .query(Long.class)
            .single();
  }

  @Test
  void loadTablesAreNamedPerSnapshotAndCoverEveryDomainTable() throws SQLException {
    try (Connection c = transaction()) {
      Map<String, String> tables = SnapshotPartitions.createLoadTables(c, snapshot);
      assertThat(tables)
          .hasSize(34) // V1–V2 tables, V6's worker_absence, V17's allocation_span, V26's timeline
          .containsEntry("child", "child_s" + snapshot)
          .containsEntry("episode_of_care", "episode_of_care_s" + snapshot);
      assertThat(tables.keySet().stream().toList().indexOf("child"))
          .isLessThan(tables.keySet().stream().toList().indexOf("referral"));
      c.rollback();
    }
  }

  @Test
  void aCleanLoadIsAttachedAndReadThroughTheParentTables() throws SQLException {
    loadAndAttach(
        c -> {
          child(c, "C1");
          episode(c, "E1", "C1", "2025-01-01", "2025-06-01", "X1");
          episode(c, "E2", "C1", "2025-06-01", null, null);
        });
    assertThat(
            JdbcClient.create(dataSource)
                .sql("select count(*) from episode_of_care where snapshot_id = :s")
                .param("s", snapshot)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theAttachWorksOutEachChildsAllocationSpans() throws SQLException {
    loadAndAttach(
        c -> {
          child(c, "C1");
          long s = snapshot;
          write(
              c,
              "insert into service_area_s%d (snapshot_id, service_area_id, name) values (%d, 'SA', 'A')",
              s,
              s);
          write(
              c,
              "insert into team_s%d (snapshot_id, team_id, service_area_id, name)"
                  + " values (%d, 'T', 'SA', 'Team')",
              s,
              s);
          write(
              c,
              "insert into worker_s%d (snapshot_id, worker_id, name, agency_worker, fte,"
                  + " role_start_date) values (%d, 'W1', 'One', false, 1, date '2020-01-01'),"
                  + " (%d, 'W2', 'Two', false, 1, date '2020-01-01')",
              s,
              s,
              s);
          // W1 from January to March, a slip (started and ended on 1 April), W2 from May to August.
          write(
              c,
              "insert into allocation_s%d (snapshot_id, allocation_id, child_id, worker_id,"
                  + " team_id, start_date, end_date) values"
                  + " (%d, 'A1', 'C1', 'W1', 'T', date '2025-01-01', date '2025-03-01'),"
                  + " (%d, 'A2', 'C1', 'W2', 'T', date '2025-04-01', date '2025-04-01'),"
                  + " (%d, 'A3', 'C1', 'W2', 'T', date '2025-05-01', date '2025-09-01')",
              s,
              s,
              s,
              s);
        });
    assertThat(
            JdbcClient.create(dataSource)
                .sql(
                    "select concat_ws(' ', from_date, coalesce(start_date::text, '-'),"
                        + " coalesce(worker_id, '-'), coalesce(alt_worker_id, '-'))"
                        + " from allocation_span where snapshot_id = :s order by from_date")
                .param("s", snapshot)
                .query(String.class)
                .list())
        .containsExactly(
            "-infinity 2025-01-01 W1 -", // before W1 and while W1 holds the case: W1
            "2025-03-01 2025-05-01 W2 W1", // the gap, and W2's months: W2 (W1 if W2 is too late)
            "2025-09-01 - - W2"); // after the last: W2
    assertThat(
            JdbcClient.create(dataSource)
                .sql(
                    "select concat_ws(' | ', from_dates, start_dates, worker_ids)"
                        + " from allocation_timeline where snapshot_id = :s")
                .param("s", snapshot)
                .query(String.class)
                .list())
        .containsExactly(
            "{-infinity,2025-03-01,2025-09-01} | {2025-01-01,2025-05-01,NULL} | {W1,W2,NULL}");
  }

  @Test
  void attachRefusesAnEpisodeOfAChildWhoIsNotThere() throws SQLException {
    assertRefusedAndLeavesNothing(
        "23503",
        c -> {
          child(c, "C1");
          episode(c, "E1", "C2", "2025-01-01", null, null);
        });
  }

  /**
   * A snapshot's keys are its own (V28): the attached episodes refer to the same snapshot's
   * partition of child, so checking them reads that snapshot's children alone.
   */
  @Test
  void theAttachedKeysReferToTheSameSnapshotsPartitions() throws SQLException {
    loadAndAttach(
        c -> {
          child(c, "C1");
          episode(c, "E1", "C1", "2025-01-01", null, null);
        });
    assertThat(
            JdbcClient.create(dataSource)
                .sql(
                    "select confrelid::regclass::text from pg_constraint"
                        + " where conrelid = to_regclass(:part) and contype = 'f'"
                        + " and confrelid <> 'snapshot'::regclass")
                .param("part", "episode_of_care_s" + snapshot)
                .query(String.class)
                .list())
        .containsExactly("child_s" + snapshot);
  }

  /** The child of an episode must be in the episode's own snapshot, not in an earlier one. */
  @Test
  void attachRefusesAnEpisodeWhoseChildIsOnlyInAnotherSnapshot() throws SQLException {
    loadAndAttach(
        c -> {
          child(c, "C1");
        });
    newSnapshot();
    assertRefusedAndLeavesNothing(
        "23503",
        c -> {
          child(c, "C2");
          episode(c, "E1", "C1", "2025-01-01", null, null);
        });
  }

  /**
   * No foreign key between snapshot tables is left on a parent table: a migration that declares one
   * calls register_snapshot_foreign_keys() (V28), or every attach would check it against every kept
   * snapshot.
   */
  @Test
  void noForeignKeyBetweenSnapshotTablesIsLeftOnAParentTable() {
    assertThat(
            JdbcClient.create(dataSource)
                .sql(
                    "select con.conrelid::regclass::text || ' ' || con.conname from pg_constraint con"
                        + " join pg_class tab on tab.oid = con.conrelid"
                        + " join pg_class ref on ref.oid = con.confrelid"
                        + " where con.contype = 'f' and tab.relkind = 'p' and ref.relkind = 'p'")
                .query(String.class)
                .list())
        .isEmpty();
    assertThat(
            JdbcClient.create(dataSource)
                .sql(
                    "select concat_ws(' ', columns, referenced_table, referenced_columns, on_delete)"
                        + " from snapshot_foreign_key where table_name = 'referral'")
                .query(String.class)
                .list())
        .containsExactly("{snapshot_id,child_id} child {snapshot_id,child_id} cascade");
  }

  @Test
  void attachRefusesOverlappingEpisodes() throws SQLException {
    assertRefusedAndLeavesNothing(
        "23P01",
        c -> {
          child(c, "C1");
          episode(c, "E1", "C1", "2025-01-01", "2025-06-01", "X1");
          episode(c, "E2", "C1", "2025-05-31", null, null);
        });
  }

  @Test
  void attachRefusesADuplicateKey() throws SQLException {
    assertRefusedAndLeavesNothing(
        "23505",
        c -> {
          child(c, "C1");
          child(c, "C1");
        });
  }

  @Test
  void loadTablesRefuseARowOfAnotherSnapshotAsItArrives() throws SQLException {
    try (Connection c = transaction()) {
      SnapshotPartitions.createLoadTables(c, snapshot);
      assertThatThrownBy(
              () ->
                  write(
                      c,
                      "insert into child_s%d (snapshot_id, child_id, sex, person_birth_date,"
                          + " ethnicity) values (%d, 'C1', 'F', date '2015-05-05', 'WBRI')",
                      snapshot,
                      snapshot + 1000))
          .isInstanceOf(PSQLException.class)
          .hasMessageContaining("child_s" + snapshot + "_snapshot")
          .extracting(e -> ((PSQLException) e).getSQLState())
          .isEqualTo("23514");
      c.rollback();
    }
    assertThat(loadTablesOf(snapshot)).isZero();
  }

  @Test
  void attachedPartitionsKeepNoLoadCheck() throws SQLException {
    loadAndAttach(
        c -> {
          child(c, "C1");
        });
    assertThat(
            JdbcClient.create(dataSource)
                .sql("select count(*) from pg_constraint where conname like :name")
                .param("name", "%\\_s" + snapshot + "\\_snapshot")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void loadTablesCheckColumnRulesAsRowsArrive() throws SQLException {
    try (Connection c = transaction()) {
      SnapshotPartitions.createLoadTables(c, snapshot);
      assertThatThrownBy(() -> child(c, "c1"))
          .isInstanceOf(PSQLException.class)
          .extracting(e -> ((PSQLException) e).getSQLState())
          .isEqualTo("23514");
      c.rollback();
    }
  }

  @Test
  void droppingASnapshotsPartitionsRemovesItsRowsOnly() throws SQLException {
    Load childWithEpisode =
        c -> {
          child(c, "C1");
          episode(c, "E1", "C1", "2025-01-01", null, null);
        };
    long other = snapshot;
    loadAndAttach(childWithEpisode);
    newSnapshot();
    loadAndAttach(childWithEpisode);
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("select drop_snapshot_partitions(:s)").param("s", other).query(rs -> {});

    for (String table : List.of("child", "episode_of_care")) {
      assertThat(
              jdbc.sql("select snapshot_id from " + table + " where snapshot_id in (:a, :b)")
                  .param("a", other)
                  .param("b", snapshot)
                  .query(Long.class)
                  .list())
          .as(table)
          .containsExactly(snapshot);
    }
    assertThat(loadTablesOf(other)).isZero();
  }

  /** Loads the current snapshot's tables, attaches them and commits. */
  private void loadAndAttach(Load load) throws SQLException {
    try (Connection c = transaction()) {
      SnapshotPartitions.createLoadTables(c, snapshot);
      load.into(c);
      SnapshotPartitions.attachLoadTables(c, snapshot);
      c.commit();
    }
  }

  private void assertRefusedAndLeavesNothing(String sqlState, Load load) throws SQLException {
    try (Connection c = transaction()) {
      SnapshotPartitions.createLoadTables(c, snapshot);
      load.into(c);
      assertThatThrownBy(() -> SnapshotPartitions.attachLoadTables(c, snapshot))
          .hasRootCauseInstanceOf(PSQLException.class)
          .rootCause()
          .extracting(e -> ((PSQLException) e).getSQLState())
          .isEqualTo(sqlState);
      c.rollback();
    }
    assertThat(loadTablesOf(snapshot)).isZero();
  }

  private long loadTablesOf(long id) {
    return JdbcClient.create(dataSource)
        .sql("select count(*) from pg_class where relname like :pattern and relkind = 'r'")
        .param("pattern", "%\\_s" + id)
        .query(Long.class)
        .single();
  }

  private void child(Connection c, String id) throws SQLException {
    write(
        c,
        "insert into child_s%d (snapshot_id, child_id, sex, person_birth_date, ethnicity)"
            + " values (%d, '%s', 'F', date '2015-05-05', 'WBRI')",
        snapshot,
        snapshot,
        id);
  }

  private void episode(Connection c, String id, String child, String from, String to, String rec)
      throws SQLException {
    write(
        c,
        "insert into episode_of_care_s%d (snapshot_id, episode_id, child_id, decom, rne, ls, cin,"
            + " place, dec, rec) values (%d, '%s', '%s', date '%s', 'S', 'C2', 'N1', 'U1', %s, %s)",
        snapshot,
        snapshot,
        id,
        child,
        from,
        to == null ? "null" : "date '" + to + "'",
        rec == null ? "null" : "'" + rec + "'");
  }

  private static void write(Connection c, String sql, Object... args) throws SQLException {
    try (var statement = c.createStatement()) {
      statement.execute(sql.formatted(args));
    }
  }

  private static Connection transaction() throws SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(false);
    return c;
  }

  @FunctionalInterface
  private interface Load {
    void into(Connection c) throws SQLException;
  }
}
