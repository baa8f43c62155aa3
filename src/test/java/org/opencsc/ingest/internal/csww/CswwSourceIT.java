package org.opencsc.ingest.internal.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.IngestProgress;
import org.opencsc.ingest.IngestReport;
import org.opencsc.ingest.Severity;
import org.opencsc.ingest.internal.IngestRunner;
import org.opencsc.ingest.internal.IngestSource;
import org.opencsc.ingest.internal.ssd.SsdSource;
import org.opencsc.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workforce census source on small hand-written files, imported by the runner into a real
 * database as at 31 March 2026: the census year ending 30 September 2025, 2025 columns. Expected
 * rows and findings are worked out by hand from the files each test writes.
 */
class CswwSourceIT {

  private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);
  private static final List<String> WORKER = CswwTable.WORKER.columns(2025);
  private static final String LA_HEADER = String.join(",", CswwTable.LA_LEVEL.columns(2025));
  private static final String LA_ROW = "2025-09-30,3.50,2.00,2,0,1,0,0,2,0,1,1,None";

  @TempDir Path dir;

  private JdbcClient jdbc;
  private DataSource dataSource;

  @BeforeEach
  void database(TestInfo test) {
    String url =
        TestDatabase.createMigratedDatabase(
            "csww_" + test.getTestMethod().orElseThrow().getName().toLowerCase());
    dataSource = TestDatabase.dataSource(url);
    jdbc = JdbcClient.create(dataSource);
  }

  @Test
  void aCensusAloneLoadsItsWorkersByTheirSwenoTheirAbsencesAndTheVacancies() throws IOException {
    write(
        "workers.csv",
        header(),
        employed("SW1", "2019-05-01", "", "OrgRole=5", "FTE=0.8", "WorkingDaysLost=4.5"),
        // a leaver in the year, dates as Excel saves them
        employed(
            "sw2",
            "01/06/2018",
            "28/02/2025 00:00",
            "OrgRole=4",
            "ReasonLeave=1",
            "LeaverDestination=3",
            "FTE30="),
        worker("AgencyWorker=1", "SWENo=SW3", "OrgRole=5", "FTE30=0.500000", "Cases30=12"));
    write("absences.csv", "SWENo,Absat30Sept,ReasonAbsence", "SW1,1,MAT", "SW3,0,");
    write("la.csv", LA_HEADER, LA_ROW);

    IngestReport report = run(new CswwSource());

    assertThat(report.outcome()).isEqualTo("loaded");
    assertThat(report.findings()).isEmpty();
    long s = report.snapshotId();
    assertThat(
            rows(
                s,
                "worker",
                "worker_id",
                "name",
                "org_role",
                "agency_worker",
                "fte",
                "case_holding",
                "role_start_date",
                "role_end_date",
                "reason_leave",
                "working_days_lost"))
        .containsExactly(
            "SW1 SW1 5 false 0.800000 true 2019-05-01 - - 4.50",
            "SW2 SW2 4 false 1.000000 true 2018-06-01 2025-02-28 Resignation 0.00",
            // an agency worker known only to the census: in post on the reference date
            "SW3 SW3 5 true 0.500000 true 2025-09-30 - - 0.00");
    assertThat(rows(s, "worker_absence", "worker_id", "reference_date", "reason_absence"))
        .containsExactly("SW1 2025-09-30 MAT");
    assertThat(
            rows(
                s,
                "workforce_vacancy",
                "reference_date",
                "number_of_vacancies",
                "no_agency_fte",
                "no_agency_headcount"))
        .containsExactly("2025-09-30 3.50 2.00 2");
  }

  @Test
  void aCensusWorkerCompletesTheSsdProfessionalOfTheSameSweno() throws IOException {
    write(
        "ssd_professionals.csv",
        "prof_professional_id,prof_professional_name,prof_social_worker_registration_no,"
            + "prof_professional_job_title,prof_professional_department,"
            + "prof_full_time_equivalency,prof_agency_worker_flag",
        "W1,Ann Smith,sw1,Social Worker,,1,N",
        "W2,Bob Jones,SW2,Team Manager,,1,N",
        "W3,Cat Lee,,Social Worker,,1,N");
    write(
        "opencsc_professional_tenure.csv",
        "tenu_professional_id,tenu_team_id,tenu_start_date,tenu_end_date,tenu_end_reason,"
            + "tenu_manager_id",
        "W1,,2020-01-01,,,",
        // the extract knows W2 left after the census day
        "W2,,2018-01-01,2025-12-31,Resignation,");
    write(
        "workers.csv",
        header(),
        // the census says W1 is a senior practitioner since 2019 on 0.6 FTE
        employed("SW1", "2019-04-01", "", "OrgRole=4", "FTE=0.6", "WorkingDaysLost=2"),
        employed("SW2", "2018-01-01", "", "OrgRole=3"),
        employed("SW9", "2025-01-06", "", "OrgRole=5", "StartOrigin=1"));
    write("la.csv", LA_HEADER, LA_ROW);

    IngestReport report = run(new SsdSource(), new CswwSource());

    assertThat(report.findings()).isEmpty();
    assertThat(
            rows(
                report.snapshotId(),
                "worker",
                "worker_id",
                "name",
                "org_role",
                "fte",
                "case_holding",
                "role_start_date",
                "role_end_date",
                "reason_leave",
                "working_days_lost"))
        .containsExactly(
            "SW9 SW9 5 1.000000 true 2025-01-06 - - 0.00",
            "W1 Ann Smith 4 0.600000 true 2019-04-01 - - 2.00",
            "W2 Bob Jones 3 1.000000 false 2018-01-01 2025-12-31 Resignation 0.00",
            // no SWENo, so not in the census; no time in post either: from the extract date
            "W3 Cat Lee 5 1.000000 true 2026-03-31 - - 0.00");
  }

  @Test
  void eachBadValueIsKeptOutWithFileRowFieldValueAndRule() throws IOException {
    write(
        "workers.csv",
        header(),
        employed("SW1", "2019-5-1", ""),
        employed("SW2", "2019-05-01", "", "Ethnicity=XXXX"),
        employed("SW3", "2019-05-01", "", "FTE=0.1234567"),
        employed("SW4", "2019-05-01", "", "FTE=1.5"),
        employed("S5", "2019-05-01", ""),
        employed("SW6", "2025-10-01", ""),
        employed("SW7", "2019-05-01", "2024-09-30", "ReasonLeave=1", "LeaverDestination=1"),
        worker("AgencyWorker=1", "SWENo=SW8", "OrgRole=5"),
        worker("AgencyWorker=2", "SWENo=SW9", "OrgRole=5", "FTE30=1"));
    write("la.csv", LA_HEADER, LA_ROW);

    IngestReport report = run(new CswwSource());

    assertThat(report.findings())
        .extracting(Finding::row, Finding::field, Finding::value, Finding::rule)
        .containsExactly(
            tuple(1L, "RoleStartDate", "2019-5-1", "DATE_FORMAT"),
            tuple(2L, "Ethnicity", "XXXX", "UNKNOWN_CODE"),
            tuple(3L, "FTE", "0.1234567", "NUMBER_FORMAT"),
            tuple(4L, "FTE", "1.5", "OUT_OF_RANGE"),
            tuple(5L, "SWENo", "S5", "SWENO_FORMAT"),
            tuple(6L, "RoleStartDate", "2025-10-01", "NOT_IN_CENSUS_YEAR"),
            tuple(7L, "RoleEndDate", "2024-09-30", "NOT_IN_CENSUS_YEAR"),
            tuple(8L, "FTE30", null, "MISSING_VALUE"),
            tuple(9L, "AgencyWorker", "2", "UNKNOWN_CODE"));
    assertThat(report.findings())
        .allSatisfy(
            f -> {
              assertThat(f.file()).isEqualTo("workers.csv");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
    assertThat(rows(report.snapshotId(), "worker", "worker_id")).isEmpty();
  }

  @Test
  void duplicateRowsOverlappingRolesAndAbsencesOfUnknownWorkersAreKeptOut() throws IOException {
    write(
        "workers.csv",
        header(),
        employed("SW1", "2019-05-01", ""),
        employed("SW1", "2019-05-01", ""),
        employed("SW2", "2019-05-01", "2025-03-31", "ReasonLeave=7", "LeaverDestination=8"),
        employed("SW2", "2025-03-01", "", "OrgRole=4", "StartOrigin=8"),
        employed("SW3", "2019-05-01", "2025-03-31", "ReasonLeave=7", "LeaverDestination=8"),
        employed("SW3", "2025-04-01", "", "OrgRole=3", "StartOrigin=8"));
    write(
        "absences.csv",
        "SWENo,Absat30Sept,ReasonAbsence",
        "SW1,1,SIC",
        "SW1,1,SIC",
        "SW404,1,SIC",
        "SW1,1,");
    write("la.csv", LA_HEADER, LA_ROW, LA_ROW);

    IngestReport report = run(new CswwSource());

    assertThat(report.findings())
        .extracting(Finding::file, Finding::row, Finding::field, Finding::rule)
        .containsExactlyInAnyOrder(
            tuple("workers.csv", 2L, "SWENo", "DUPLICATE_ROW"),
            tuple("workers.csv", 4L, "RoleStartDate", "ROLES_OVERLAP"),
            tuple("absences.csv", 2L, "SWENo", "DUPLICATE_ROW"),
            tuple("absences.csv", 3L, "SWENo", "WORKER_NOT_IN_CENSUS"),
            tuple("absences.csv", 4L, "ReasonAbsence", "MISSING_VALUE"),
            tuple("la.csv", 2L, "ReferenceDate", "DUPLICATE_ROW"));
    // SW3 changed role within the council: one worker, the latest role, from the first start
    assertThat(
            rows(
                report.snapshotId(),
                "worker",
                "worker_id",
                "org_role",
                "role_start_date",
                "role_end_date"))
        .containsExactly("SW1 5 2019-05-01 -", "SW2 5 2019-05-01 2025-03-31", "SW3 3 2019-05-01 -");
    assertThat(rows(report.snapshotId(), "worker_absence", "worker_id", "reason_absence"))
        .containsExactly("SW1 SIC");
  }

  @Test
  void aFileWithoutAColumnOfItsYearIsRefusedSoNothingIsServedAndExtraColumnsAreIgnored()
      throws IOException {
    write(
        "workers.csv",
        header().replace(",BaseSalary", "") + ",Notes",
        employed("SW1", "2019-05-01", "").replaceFirst(",[^,]*,[^,]*,[^,]*$", ",,") + ",x");
    write("absences.csv", "SWENo,Absat30Sept,ReasonAbsence,Comment", "SW1,0,,none");
    write("la.csv", LA_HEADER, LA_ROW);

    IngestReport report = run(new CswwSource());

    assertThat(report.findings())
        .extracting(Finding::file, Finding::severity, Finding::rule)
        .containsExactlyInAnyOrder(
            tuple("workers.csv", Severity.FILE, "MISSING_COLUMNS"),
            tuple("absences.csv", Severity.QUERY, "EXTRA_COLUMNS"),
            // the absence row's worker was in the refused file
            tuple("absences.csv", Severity.ERROR, "WORKER_NOT_IN_CENSUS"));
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("MISSING_COLUMNS"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("no column BaseSalary"));
    // without the workers the snapshot would lose every census worker: nothing is served
    assertThat(report.outcome()).isEqualTo("failed");
    assertThat(report.snapshotId()).isNull();
    assertThat(report.message()).contains("workers.csv");
  }

  @Test
  void aByteOrderMarkWindows1252TextAndBlankLinesAreHandled() throws IOException {
    Files.write(
        dir.resolve("workers.csv"),
        ("\uFEFF"
                + header()
                + "\r\n\r\n"
                + employed("SW1", "2019-05-01", "")
                + "\r\n\r\n"
                + employed("SW2", "2019-05-01", "", "Sex=X")
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    Files.write(
        dir.resolve("la.csv"),
        (LA_HEADER + "\r\n" + LA_ROW.replace("None", "Bonus \u00a3500 caf\u00e9") + "\r\n")
            .getBytes(Charset.forName("windows-1252")));

    IngestReport report = run(new CswwSource());

    assertThat(report.findings())
        .extracting(Finding::file, Finding::row, Finding::field, Finding::rule)
        .containsExactlyInAnyOrder(
            // the second data row, whatever the blank lines around it
            tuple("workers.csv", 2L, "Sex", "UNKNOWN_CODE"));
    assertThat(rows(report.snapshotId(), "worker", "worker_id")).containsExactly("SW1");
    assertThat(rows(report.snapshotId(), "workforce_vacancy", "number_of_vacancies"))
        .containsExactly("3.50");
  }

  @Test
  void agencyWorkersFieldsTheCensusDoesNotCollectAreIgnoredWithAQuery() throws IOException {
    write(
        "workers.csv",
        header(),
        worker(
            "AgencyWorker=1",
            "SWENo=SW3",
            "OrgRole=5",
            "FTE30=1",
            "Sex=F",
            "RoleStartDate=2025-01-01"));
    write("la.csv", LA_HEADER, LA_ROW.replaceFirst("^2025-09-30", "2024-09-30"));

    IngestReport report = run(new CswwSource());

    assertThat(report.findings())
        .extracting(Finding::file, Finding::field, Finding::value, Finding::severity, Finding::rule)
        .containsExactly(
            tuple("la.csv", "ReferenceDate", "2024-09-30", Severity.ERROR, "REFERENCE_DATE"),
            tuple(
                "workers.csv",
                "Sex",
                "Sex, RoleStartDate",
                Severity.QUERY,
                "NOT_COLLECTED_FOR_AGENCY"));
    assertThat(rows(report.snapshotId(), "worker", "worker_id", "role_start_date"))
        .containsExactly("SW3 2025-09-30");
  }

  private static String header() {
    return String.join(",", WORKER);
  }

  /** An employed worker's row with every field the census expects, then the overrides. */
  private static String employed(String sweNo, String start, String end, String... overrides) {
    Map<String, String> values = new HashMap<>();
    for (String pair :
        List.of(
            "AgencyWorker=0",
            "FTE=1",
            "PersonBirthDate=1980-02-03",
            "Sex=F",
            "Ethnicity=WBRI",
            "QualLevel=1",
            "OrgRole=5",
            "FTE30=1",
            "Cases30=10",
            "WorkingDaysLost=0")) {
      put(values, pair);
    }
    values.put("SWENo", sweNo);
    values.put("RoleStartDate", start);
    values.put("RoleEndDate", end);
    for (String pair : overrides) {
      put(values, pair);
    }
    return line(values);
  }

  private static String worker(String... pairs) {
    Map<String, String> values = new HashMap<>();
    for (String pair : pairs) {
      put(values, pair);
    }
    return line(values);
  }

  private static void put(Map<String, String> values, String pair) {
    int eq = pair.indexOf('=');
    values.put(pair.substring(0, eq), pair.substring(eq + 1));
  }

  private static String line(Map<String, String> values) {
    return WORKER.stream().map(c -> values.getOrDefault(c, "")).collect(Collectors.joining(","));
  }

  private IngestReport run(IngestSource... sources) {
    return new IngestRunner(
            dataSource,
            List.of(sources),
            Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC))
        .run(new IngestRunner.Request(dir, true, "cli", "tester", AS_AT, 7, IngestProgress.NONE));
  }

  private void write(String name, String... lines) throws IOException {
    Files.writeString(
        dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
  }

  /** The table's rows of the snapshot, columns separated by spaces, nulls as "-", sorted. */
  private List<String> rows(long snapshot, String table, String... columns) {
    String values = Stream.of(columns).map(c -> c + "::text").collect(Collectors.joining(", "));
    return jdbc.sql(
            "select array_to_string(array["
                + values
                + "], ' ', '-') as row from "
                + table
                + " where snapshot_id = :s order by 1")
        .param("s", snapshot)
        .query(String.class)
        .list();
  }
}
