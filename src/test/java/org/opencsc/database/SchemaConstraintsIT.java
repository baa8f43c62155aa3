package org.opencsc.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database itself refuses nonsense, whatever code writes to it. Each test runs in a transaction
 * on a migrated database, rolled back afterwards, on a small fixture: one service area, team, two
 * workers, child {@code C1} and referral {@code R1}.
 */
class SchemaConstraintsIT {

  private static final String CHECK_VIOLATION = "23514";
  private static final String EXCLUSION_VIOLATION = "23P01";

  private static String url;

  private Connection connection;
  private JdbcClient jdbc;
  private long snapshot;

  @BeforeAll
  static void migrate() {
    url = TestDatabase.createEmptyDatabase("constraints");
    SchemaMigrationIT.flyway(url, null).migrate();
  }

  @BeforeEach
  void fixture() throws SQLException {
    connection = TestDatabase.dataSource(url).getConnection();
    connection.setAutoCommit(false);
    jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    snapshot =
        jdbc.sql(
                "insert into snapshot (as_at, source) values (date '2026-03-31', 'constraints-it')"
                    + " returning snapshot_id")
            .query(Long.class)
            .single();
    jdbc.sql("select create_snapshot_partitions(:s)").param("s", snapshot).query(rs -> {});
    insert(
        "insert into service_area (snapshot_id, service_area_id, name) values (:s, 'SA1', 'CiC')");
    insert(
        "insert into team (snapshot_id, team_id, service_area_id, name) values (:s, 'T1', 'SA1', 'Team 1')");
    for (String worker : new String[] {"W1", "W2"}) {
      jdbc.sql(
              """
              insert into worker (snapshot_id, worker_id, name, agency_worker, fte, role_start_date)
              values (:s, :w, 'A Worker', false, 1, date '2020-01-01')""")
          .param("s", snapshot)
          .param("w", worker)
          .update();
    }
    insertChild("C1");
    insert(
        """
        insert into referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source)
        values (:s, 'R1', 'C1', date '2025-01-10', '1A')""");
  }

  @AfterEach
  void rollBack() throws SQLException {
    connection.rollback();
    connection.close();
  }

  @Test
  void refusesACpPlanThatEndsBeforeItStarts() {
    assertRefused(
        CHECK_VIOLATION,
        """
        insert into cp_plan (snapshot_id, cp_plan_id, referral_id, child_id, cpp_start_date,
                             cpp_end_date, initial_category_of_abuse, latest_category_of_abuse)
        values (:s, 'P1', 'R1', 'C1', date '2025-03-01', date '2025-02-28', 'NEG', 'NEG')""");
  }

  @Test
  void refusesOverlappingEpisodesOfCareForOneChild() {
    episode("E1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), "X1");
    assertRefused(EXCLUSION_VIOLATION, () -> episode("E2", LocalDate.of(2025, 5, 31), null, null));
  }

  @Test
  void acceptsBackToBackEpisodes() {
    episode("E1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), "X1");
    episode("E2", LocalDate.of(2025, 6, 1), null, null);
    assertThat(count("select count(*) from episode_of_care where snapshot_id = :s")).isEqualTo(2);
  }

  @Test
  void acceptsOverlappingEpisodesOfDifferentChildren() {
    insertChild("C2");
    episode("E1", LocalDate.of(2025, 1, 1), null, null);
    jdbc.sql(
            """
            insert into episode_of_care (snapshot_id, episode_id, child_id, decom, rne, ls, cin, place)
            values (:s, 'E2', 'C2', date '2025-02-01', 'S', 'C2', 'N1', 'U1')""")
        .param("s", snapshot)
        .update();
    assertThat(count("select count(*) from episode_of_care where snapshot_id = :s")).isEqualTo(2);
  }

  @Test
  void refusesAnEpisodeThatCeasedWithoutAReason() {
    assertRefused(
        CHECK_VIOLATION,
        () -> episode("E1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), null));
  }

  @Test
  void refusesOverlappingAllocationsOfOneChild() {
    allocation("A1", "W1", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 4, 1));
    assertRefused(
        EXCLUSION_VIOLATION, () -> allocation("A2", "W2", LocalDate.of(2025, 3, 1), null));
  }

  @Test
  void acceptsAHandOverOnTheDayTheLastAllocationEnds() {
    allocation("A1", "W1", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 4, 1));
    allocation("A2", "W2", LocalDate.of(2025, 4, 1), null);
    assertThat(count("select count(*) from allocation where snapshot_id = :s")).isEqualTo(2);
  }

  @Test
  void refusesAnOverlapWrittenStraightIntoASnapshotsPartition() {
    episode("E1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), "X1");
    assertRefused(
        EXCLUSION_VIOLATION,
        """
        insert into episode_of_care_s%d (snapshot_id, episode_id, child_id, decom, rne, ls, cin,
                                         place)
        values (:s, 'E2', 'C1', date '2025-02-01', 'S', 'C2', 'N1', 'U1')"""
            .formatted(snapshot));
  }

  @Test
  void refusesAReferralClosedBeforeItWasMade() {
    assertRefused(
        CHECK_VIOLATION,
        """
        insert into referral (snapshot_id, referral_id, child_id, cin_referral_date, referral_source,
                              cin_closure_date, reason_for_closure)
        values (:s, 'R2', 'C1', date '2025-05-10', '1A', date '2025-05-09', 'RC8')""");
  }

  @ParameterizedTest
  @ValueSource(strings = {"c9", " C9", "C9 ", "", "  "})
  void refusesAChildIdThatIsNotTrimmedAndUpperCase(String childId) {
    assertRefused(CHECK_VIOLATION, () -> insertChild(childId));
  }

  private void episode(String id, LocalDate decom, @Nullable LocalDate dec, @Nullable String rec) {
    jdbc.sql(
            """
            insert into episode_of_care (snapshot_id, episode_id, child_id, decom, rne, ls, cin,
                                         place, dec, rec)
            values (:s, :id, 'C1', :decom, 'S', 'C2', 'N1', 'U1', :dec, :rec)""")
        .params(Map.of("s", snapshot, "id", id, "decom", decom))
        .param("dec", dec, Types.DATE)
        .param("rec", rec, Types.VARCHAR)
        .update();
  }

  private void allocation(String id, String worker, LocalDate start, @Nullable LocalDate end) {
    jdbc.sql(
            """
            insert into allocation (snapshot_id, allocation_id, child_id, worker_id, team_id,
                                    start_date, end_date)
            values (:s, :id, 'C1', :worker, 'T1', :start, :end)""")
        .params(Map.of("s", snapshot, "id", id, "worker", worker, "start", start))
        .param("end", end, Types.DATE)
        .update();
  }

  private void insertChild(String childId) {
    jdbc.sql(
            """
            insert into child (snapshot_id, child_id, sex, person_birth_date, ethnicity)
            values (:s, :child, 'F', date '2015-05-05', 'WBRI')""")
        .param("s", snapshot)
        .param("child", childId)
        .update();
  }

  private void insert(String sql) {
    jdbc.sql(sql).param("s", snapshot).update();
  }

  private long count(String sql) {
    return jdbc.sql(sql).param("s", snapshot).query(Long.class).single();
  }

  private void assertRefused(String sqlState, String sql) {
    assertRefused(sqlState, () -> insert(sql));
  }

  private void assertRefused(String sqlState, Runnable write) {
    assertThatThrownBy(write::run)
        .rootCause()
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(sqlState));
  }
}
