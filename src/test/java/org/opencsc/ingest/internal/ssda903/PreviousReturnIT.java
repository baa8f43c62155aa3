package org.opencsc.ingest.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.EPISODES;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.HEADER;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.cleanReturn;
import static org.opencsc.ingest.internal.ssda903.Ssda903Files.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestException;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Last year's return ({@code --previous DIR}) in a real run: the DfE's rules that compare the two
 * years run when it is given, and the run says once that they did not when it is not.
 *
 * <p>This year (2025-26) is the clean return of {@link Ssda903Files#cleanReturn}: C1 born
 * 15/06/2012, looked after since 01/01/2024. Last year's (2024-25) Header gives C1 as born
 * 14/06/2012 and sex 1 (male, the code of returns before 2025-26), and C2 with a date of birth the
 * door refuses (2008-02-01).
 */
class PreviousReturnIT {

  /** In the 2025-26 collection year; last year is 2024-25. */
  private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  @TempDir Path dir;

  private JdbcClient jdbc;
  private IngestRunner runner;
  private Path now;
  private Path previous;

  @BeforeEach
  void setUp(TestInfo test) throws Exception {
    String name = test.getTestMethod().orElseThrow().getName().toLowerCase();
    DataSource dataSource =
        TestDatabase.dataSource(
            TestDatabase.createMigratedDatabase(
                "prev_" + name.substring(0, Math.min(40, name.length()))));
    jdbc = JdbcClient.create(dataSource);
    runner =
        new IngestRunner(
            dataSource,
            List.of(new Ssda903Source()),
            Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC));
    now = Files.createDirectory(dir.resolve("now"));
    cleanReturn(now);
    previous = Files.createDirectory(dir.resolve("previous"));
  }

  /** Last year's files, named apart from this year's so that any finding about them would show. */
  private void lastYear() throws Exception {
    write(
        previous,
        "last_header.csv",
        HEADER,
        "C1,1,14/06/2012,WBRI,A123456789012,,",
        "C2,2,2008-02-01,BAFR,UN2,0,");
    Path sub = Files.createDirectory(previous.resolve("ssda903"));
    write(sub, "last_episodes.csv", EPISODES, "C1,01/01/2024,S,C2,N1,U4,PR1,,,,XS1,XS2,XXXXXXX");
    Files.writeString(previous.resolve("notes.txt"), "sent to the DfE on 30 June");
  }

  private IngestReport validate(@Nullable Path lastYear) {
    return runner.run(
        new IngestRunner.Request(
            now, false, "cli", "tester", AS_AT, 7, IngestProgress.NONE, lastYear));
  }

  private static List<Finding> rule(IngestReport report, String rule) {
    return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  private static List<Finding> previousReturnNotSupplied(IngestReport report) {
    return rule(report, "RULES_NOT_RUN").stream()
        .filter(f -> "PREVIOUS_RETURN".equals(f.value()))
        .toList();
  }

  @Test
  void aDateOfBirthThatDiffersFromLastYearsIsFoundOnlyWhenLastYearIsGiven() throws Exception {
    lastYear();

    IngestReport without = validate(null);
    IngestReport with = validate(previous);

    assertThat(rule(without, "203")).isEmpty();
    // 203 is an error in the child's own Header: the child loads and the finding is a query
    assertThat(rule(with, "203"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("header.csv");
              assertThat(f.row()).isEqualTo(1L);
              assertThat(f.childId()).isEqualTo("C1");
              assertThat(f.field()).isEqualTo("DOB");
              assertThat(f.value()).isEqualTo("15/06/2012");
              assertThat(f.severity()).isEqualTo(Severity.QUERY);
              assertThat(f.message()).contains("14/06/2012");
            });
    // last year's sex 1 is this year's M; C2's row last year was one the door refuses, so it is
    // not compared; the episode open at the end of last year starts this year's first (502)
    assertThat(rule(with, "202")).isEmpty();
    assertThat(rule(with, "502")).isEmpty();
    // last year's files are read, not checked again: nothing is reported about them
    assertThat(with.findings()).noneMatch(f -> f.file().contains("last_"));
    assertThat(previousReturnNotSupplied(with)).isEmpty();
  }

  @Test
  void withoutLastYearTheRunSaysOnceWhichRulesDidNotRun() {
    IngestReport report = validate(null);

    // 34 SSDA903 rules compare with last year's return; one of them, 706 (deprivation of liberty),
    // is in force from 2026-27 only: 33 in 2025-26 (452, 453, 503G, 503H and 503J need postcodes as
    // well, and are named in the note on postcodes too)
    assertThat(previousReturnNotSupplied(report))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo("header.csv");
              assertThat(f.row()).isNull();
              assertThat(f.severity()).isEqualTo(Severity.QUERY);
              assertThat(f.message())
                  .startsWith(
                      "33 SSDA903 rules need the previous year's return (validate --previous DIR)"
                          + " and did not run: ")
                  .contains("202, 203, 204, ")
                  .endsWith(
                      ", 626, NoE, 503G, 503H, 503J, 452, 453. The import command takes --previous"
                          + " DIR too; the nightly refresh, the setting"
                          + " opencsc.ingest.previous-folder.");
            });
    // and the load history keeps it
    assertThat(
            jdbc.sql(
                    "select count(*) from ingest_finding where run_id = :run and rule ="
                        + " 'RULES_NOT_RUN' and value = 'PREVIOUS_RETURN'")
                .param("run", report.runId())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void aLastYearFolderThatIsNotThereStopsTheRunBeforeItStarts() {
    Path missing = dir.resolve("no-such-folder");

    assertThatThrownBy(() -> validate(missing))
        .isInstanceOf(IngestException.class)
        .hasMessage("last year's folder " + missing + " is not a folder");
    assertThat(runs()).isZero();
  }

  @Test
  void aFileOfLastYearsThatCannotBeUsedIsNamedAndNothingRuns() throws Exception {
    lastYear();
    // an Episodes file without PL_POST and URN: the door refuses it (MISSING_COLUMNS)
    write(
        previous,
        "old_episodes.csv",
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST",
        "C1,01/01/2024,S,C2,N1,U4,PR1,,,,XS1");

    assertThatThrownBy(
            () ->
                runner.run(
                    new IngestRunner.Request(
                        now, true, "cli", "tester", AS_AT, 7, IngestProgress.NONE, previous)))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith(
            "last year's file " + previous.resolve("old_episodes.csv") + " cannot be used: ")
        .hasMessageContaining("PL_POST, URN");
    assertThat(runs()).isZero();
    assertThat(jdbc.sql("select count(*) from snapshot").query(Long.class).single()).isZero();
  }

  @Test
  void aLastYearFolderWithoutAnSsda903FileIsRefused() throws Exception {
    Files.writeString(previous.resolve("notes.txt"), "nothing here");

    assertThatThrownBy(() -> validate(previous))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("holds no SSDA903 file");
    assertThat(runs()).isZero();
  }

  private long runs() {
    return jdbc.sql("select count(*) from ingest_run").query(Long.class).single();
  }
}
