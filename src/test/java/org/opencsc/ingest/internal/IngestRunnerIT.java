package org.opencsc.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestException;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.Severity;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The run itself, with a tiny test source: outcomes, atomicity, history, lock and retention. */
class IngestRunnerIT {

  private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  @TempDir Path dir;

  private DataSource dataSource;
  private JdbcClient jdbc;
  private IngestRunner runner;

  @BeforeEach
  void database(org.junit.jupiter.api.TestInfo test) {
    String url =
        TestDatabase.createMigratedDatabase(
            "ingest_" + test.getTestMethod().orElseThrow().getName().toLowerCase());
    dataSource = TestDatabase.dataSource(url);
    jdbc = JdbcClient.create(dataSource);
    runner =
        new IngestRunner(
            dataSource,
            List.of(new TestChildrenSource()),
            Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void aFolderThatDoesNotExistCannotRun() {
    assertThatThrownBy(() -> run(dir.resolve("missing"), true, 7))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("is not a folder");
  }

  @Test
  void anEmptyFolderHasNothingToLoadAndIsOnRecord() {
    IngestReport report = run(dir, true, 7);

    assertThat(report.outcome()).isEqualTo("nothing to load");
    assertThat(report.snapshotId()).isNull();
    assertThat(outcomes()).containsExactly("nothing to load");
  }

  @Test
  void aFileNobodyReadsIsReportedByName() throws IOException {
    write("notes.txt", "shopping list");
    write("empty.csv", "");

    IngestReport report = run(dir, true, 7);

    assertThat(report.findings())
        .extracting(Finding::file, Finding::rule, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("empty.csv", "FILE_EMPTY", Severity.FILE),
            org.assertj.core.groups.Tuple.tuple("notes.txt", "FILE_NOT_RECOGNISED", Severity.FILE));
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void anImportLoadsServesAndRecordsWhereEachRowCameFrom() throws IOException {
    write("a/children.csv", "TEST CHILDREN\n c1 ,F,2015-01-01\nC2,M,2016-02-02\n");

    IngestReport report = run(dir, true, 7);

    assertThat(report.outcome()).isEqualTo("loaded");
    assertThat(served()).isEqualTo(report.snapshotId());
    assertThat(
            jdbc.sql(
                    "select child_id || ':' || source_file || ':' || source_row from child"
                        + " where snapshot_id = :s order by child_id")
                .param("s", report.snapshotId())
                .query(String.class)
                .list())
        .containsExactly("C1:a/children.csv:1", "C2:a/children.csv:2");
    assertThat(report.tableRows()).containsEntry("child", 2L);
    assertThat(
            jdbc.sql("select rows_read from ingest_file where run_id = :r")
                .param("r", report.runId())
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(report.exitCode()).isZero();
  }

  /**
   * Two files describe C1 and C2 (the same precedence: the first file and row wins). C1's date of
   * birth and sex differ: a query for each, at the row that won; C2's agree: none. C3 is in one
   * file only. Every child is one row.
   */
  @Test
  void aChildSeveralFilesDescribeIsOneRowAndWhereTheyDisagreeAQuerySaysSo() throws IOException {
    write("a.csv", "TEST CHILDREN\nC1,M,2015-01-01\nC2,F,2016-02-02\n");
    write("b.csv", "TEST CHILDREN\nC3,M,2017-03-03\nC2,F,2016-02-02\nC1,F,2015-01-02\n");

    IngestReport report = run(dir, true, 7);

    assertThat(report.outcome()).isEqualTo("loaded");
    assertThat(
            jdbc.sql(
                    "select child_id || ' ' || sex || ' ' || person_birth_date || ' '"
                        + " || source_file || ':' || source_row from child"
                        + " where snapshot_id = :s order by child_id")
                .param("s", report.snapshotId())
                .query(String.class)
                .list())
        .containsExactly(
            "C1 M 2015-01-01 a.csv:1", "C2 F 2016-02-02 a.csv:2", "C3 M 2017-03-03 b.csv:1");
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("CHILD_DETAILS_DIFFER"))
        .extracting(Finding::file, Finding::row, Finding::childId, Finding::field, Finding::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "a.csv", 1L, "C1", "date of birth", "2015-01-01 / 2015-01-02"),
            org.assertj.core.groups.Tuple.tuple("a.csv", 1L, "C1", "sex", "F / M"));
  }

  /**
   * C1 and C2 share a UPN and a date of birth: one child recorded twice? A query on each. C3 has
   * the same UPN but another date of birth, C4 no UPN: nothing. Thirty children under one
   * placeholder UPN and date of birth each get a query naming ten of the others and counting the
   * rest, not a list of all of them.
   */
  @Test
  void theSameUpnAndDateOfBirthUnderTwoIdsIsAQuery() throws IOException {
    StringBuilder placeholders = new StringBuilder();
    for (int i = 10; i < 40; i++) {
      placeholders.append("P").append(i).append(",F,2000-01-01,A999999999999\n");
    }
    write(
        "a.csv",
        "TEST CHILDREN\nC1,M,2015-01-01,A123456789012\nC2,M,2015-01-01,A123456789012\n"
            + "C3,M,2015-01-02,A123456789012\nC4,F,2015-01-01,\n"
            + placeholders);

    IngestReport report = run(dir, true, 7);

    List<Finding> twice =
        report.findings().stream().filter(f -> f.rule().equals("SAME_CHILD_TWO_IDS")).toList();
    assertThat(twice)
        .filteredOn(f -> f.childId().startsWith("C"))
        .extracting(Finding::childId, Finding::field, Finding::value, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "C1",
                "UPN",
                "A123456789012",
                "the same UPN and date of birth (2015-01-01) belong to children C1, C2: one child"
                    + " recorded twice?"),
            org.assertj.core.groups.Tuple.tuple(
                "C2",
                "UPN",
                "A123456789012",
                "the same UPN and date of birth (2015-01-01) belong to children C1, C2: one child"
                    + " recorded twice?"));
    assertThat(twice).filteredOn(f -> f.childId().startsWith("P")).hasSize(30);
    assertThat(twice.get(2).message())
        .isEqualTo(
            "the same UPN and date of birth (2000-01-01) belong to 30 children (P10, P11, P12,"
                + " P13, P14, P15, P16, P17, P18, P19 and 20 more): one child recorded twice?");
  }

  @Test
  void reImportingTheSameFilesChangesNothing() throws IOException {
    write("children.csv", "TEST CHILDREN\nC1,F,2015-01-01\n");
    IngestReport first = run(dir, true, 7);

    IngestReport second = run(dir, true, 7);

    assertThat(second.outcome()).isEqualTo("unchanged");
    assertThat(served()).isEqualTo(first.snapshotId());
    assertThat(jdbc.sql("select count(*) from snapshot").query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void aRowWithAnErrorIsKeptOutAndTheRestLoads() throws IOException {
    write("children.csv", "TEST CHILDREN\nC1,F,2015-01-01\nC2,M,01/02/2016\n");

    IngestReport report = run(dir, true, 7);

    assertThat(report.outcome()).isEqualTo("loaded");
    assertThat(report.tableRows()).containsEntry("child", 1L);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.describe())
                  .isEqualTo(
                      "children.csv row 2 child C2 field DOB value '01/02/2016': error"
                          + " DATE_FORMAT: not a yyyy-mm-dd date");
            });
    assertThat(report.files().get(0).rowsRejected()).isEqualTo(1);
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void eachLoadCarriesTheFirstSeenOfTheSameFindingsOfTheLoadBefore() throws IOException {
    write("children.csv", "TEST CHILDREN\nC1,F,2015-13-01\nC2,M,01/02/2016\nC3,F,2015-01-01\n");
    run(dir, true, 7);
    // the next night: C1 is put right, C2's finding is the same on another row, C4's is new
    write("children.csv", "TEST CHILDREN\nC1,F,2015-12-01\nC4,F,2016/01/01\nC2,M,01/02/2016\n");
    run(dir, true, 7);

    List<Long> runs =
        jdbc.sql("select run_id from ingest_run order by run_id").query(Long.class).list();
    assertThat(runs).hasSize(2);
    assertThat(
            jdbc.sql(
                    "select f.child_id || ' ' || f.row_number || ' '"
                        + " || case when f.first_seen = r1.started_at then 'first'"
                        + " when f.first_seen = r2.started_at then 'second' else '?' end"
                        + " from ingest_finding f, ingest_run r1, ingest_run r2"
                        + " where r1.run_id = :first and r2.run_id = :second"
                        + " and f.run_id = :second order by f.finding_no")
                .param("first", runs.get(0))
                .param("second", runs.get(1))
                .query(String.class)
                .list())
        .containsExactly("C4 2 second", "C2 3 first");
  }

  /**
   * Findings the table's statistics do not know yet (written in the same transaction) still take
   * the first_seen of the load before, thousands of them: the statement runs with hash joins only.
   */
  @Test
  void thousandsOfFindingsTakeTheFirstSeenOfTheLoadBefore() throws IOException {
    StringBuilder first = new StringBuilder("TEST CHILDREN\n");
    for (int i = 1; i <= 2_000; i++) {
      first.append('C').append(i).append(",F,01/02/2016\n");
    }
    write("children.csv", first.toString());
    run(dir, true, 7);
    jdbc.sql("analyze ingest_finding").update();
    StringBuilder second = new StringBuilder(first);
    for (int i = 2_001; i <= 2_500; i++) {
      second.append('C').append(i).append(",F,01/02/2016\n");
    }
    write("children.csv", second.toString());
    run(dir, true, 7);

    List<Long> runs =
        jdbc.sql("select run_id from ingest_run order by run_id").query(Long.class).list();
    assertThat(
            jdbc.sql(
                    "select seen || ' ' || count(*) from (select case"
                        + " when f.first_seen = r1.started_at then 'first'"
                        + " when f.first_seen = r2.started_at then 'second' else '?' end as seen"
                        + " from ingest_finding f, ingest_run r1, ingest_run r2"
                        + " where r1.run_id = :first and r2.run_id = :second"
                        + " and f.run_id = :second) s group by seen order by seen")
                .param("first", runs.get(0))
                .param("second", runs.get(1))
                .query(String.class)
                .list())
        .containsExactly("first 2000", "second 500");
  }

  @Test
  void aFileThatBreaksOffHalfWayIsReportedAndTheServedSnapshotKeepsServing() throws IOException {
    write("good.csv", "TEST CHILDREN\nC1,F,2015-01-01\n");
    long served = run(dir, true, 7).snapshotId();
    write("bad.csv", "TEST CHILDREN\nC8,F,2015-01-01\nC9,F,bad-date\nFAIL\n");
    write("good.csv", "TEST CHILDREN\nC1,F,2015-01-01\nC2,M,2016-01-01\n");

    IngestReport report = run(dir, true, 7);

    // serving good.csv alone would drop what bad.csv holds from the served data
    assertThat(report.outcome()).isEqualTo("failed");
    assertThat(report.snapshotId()).isNull();
    assertThat(report.message()).contains("served snapshot is unchanged").contains("bad.csv");
    assertThat(served()).isEqualTo(served);
    assertThat(children(served)).containsExactly("C1");
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("bad.csv");
              assertThat(f.severity()).isEqualTo(Severity.FILE);
              assertThat(f.message()).contains("the file says FAIL at row 3");
            });
    assertThat(outcomes()).containsExactly("loaded", "failed");
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void anEmptyFileStopsTheRefreshButANoteLeftInTheFolderDoesNot() throws IOException {
    write("children.csv", "TEST CHILDREN\nC1,F,2015-01-01\n");
    write("notes.txt", "shopping list");
    assertThat(run(dir, true, 7).outcome()).isEqualTo("loaded");
    write("cin_census.xml", "");
    write("children.csv", "TEST CHILDREN\nC1,F,2015-01-01\nC2,M,2016-01-01\n");

    IngestReport report = run(dir, true, 7);

    assertThat(report.outcome()).isEqualTo("failed");
    assertThat(report.message()).contains("cin_census.xml").doesNotContain("notes.txt");
  }

  @Test
  void aLoadTheDatabaseRefusesLeavesTheServedSnapshotServing() throws IOException {
    write("children.csv", "TEST CHILDREN\nC1,F,2015-01-01\n");
    long served = run(dir, true, 7).snapshotId();
    write("children.csv", "TEST CHILDREN\nC1,F,2015-01-01\nC2,X,2015-01-01\n");

    IngestReport report = run(dir, true, 7);

    assertThat(report.outcome()).isEqualTo("failed");
    assertThat(report.message()).contains("the served snapshot is unchanged").contains("child");
    assertThat(served()).isEqualTo(served);
    assertThat(
            jdbc.sql("select status from snapshot order by snapshot_id").query(String.class).list())
        .containsExactly("served", "failed");
    assertThat(outcomes()).containsExactly("loaded", "failed");
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void validatingLoadsNothing() throws IOException {
    write("children.csv", "TEST CHILDREN\nC1,F,2015-01-01\nC2,M,nope\n");

    IngestReport report = run(dir, false, 7);

    assertThat(report.outcome()).isEqualTo("validated");
    assertThat(report.tableRows()).containsEntry("child", 1L);
    assertThat(report.findings()).extracting(Finding::rule).containsExactly("DATE_FORMAT");
    assertThat(jdbc.sql("select count(*) from snapshot").query(Long.class).single()).isZero();
    assertThat(
            jdbc.sql("select count(*) from pg_class where relname like 'child\\_s%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void onlyOneRefreshRunsAtATime() throws Exception {
    write("children.csv", "TEST CHILDREN\nC1,F,2015-01-01\n");
    try (Connection other = dataSource.getConnection()) {
      JdbcClient.create(
              new org.springframework.jdbc.datasource.SingleConnectionDataSource(other, true))
          .sql("select pg_advisory_lock(hashtext('opencsc.ingest'))")
          .query(rs -> {});

      assertThatThrownBy(() -> run(dir, true, 7))
          .isInstanceOf(IngestException.class)
          .hasMessageContaining("another refresh is running");
    }
    assertThat(run(dir, true, 7).outcome()).isEqualTo("loaded");
  }

  @Test
  void aRunWhoseProcessDiedIsMarkedInterruptedByTheNext() throws IOException {
    jdbc.sql(
            "insert into ingest_run (trigger, directory, mode) values ('schedule', '/drop',"
                + " 'import')")
        .update();

    run(dir, true, 7);

    assertThat(outcomes()).containsExactly("interrupted", "nothing to load");
  }

  @Test
  void snapshotsBeyondTheRetentionLoseTheirRows() throws IOException {
    long[] ids = new long[3];
    for (int i = 0; i < 3; i++) {
      write("children.csv", "TEST CHILDREN\nC" + i + ",F,2015-01-01\n");
      ids[i] = run(dir, true, 2).snapshotId();
    }

    assertThat(
            jdbc.sql("select status from snapshot order by snapshot_id").query(String.class).list())
        .containsExactly("purged", "retired", "served");
    assertThat(children(ids[0])).isEmpty();
    assertThat(children(ids[1])).containsExactly("C1");
    assertThat(children(ids[2])).containsExactly("C2");
  }

  private IngestReport run(Path folder, boolean load, int keep) {
    return runner.run(
        new IngestRunner.Request(folder, load, "cli", "tester", AS_AT, keep, IngestProgress.NONE));
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private Long served() {
    return jdbc.sql("select snapshot_id from current_snapshot").query(Long.class).single();
  }

  private List<String> outcomes() {
    return jdbc.sql("select outcome from ingest_run order by run_id").query(String.class).list();
  }

  private List<String> children(Long snapshot) {
    return jdbc.sql("select child_id from child where snapshot_id = :s order by child_id")
        .param("s", snapshot)
        .query(String.class)
        .list();
  }
}
