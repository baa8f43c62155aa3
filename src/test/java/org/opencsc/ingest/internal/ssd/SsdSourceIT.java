package org.opencsc.ingest.internal.ssd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
import org.opencsc.testsupport.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SSD source on small hand-written extracts, imported by the runner into a real database. The
 * expected rows are worked out by hand from the files written in each test; the extract date is 31
 * March 2026 (collection year 2025-26).
 */
class SsdSourceIT {

  /** The header of an ssd_involvements.csv without the optional columns. */
  private static final String INVOLVEMENTS =
      "invo_involvements_id,invo_professional_id,invo_professional_role_id,"
          + "invo_professional_team,invo_involvement_start_date,invo_involvement_end_date,"
          + "invo_person_id";

  private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  @TempDir Path dir;

  private DataSource dataSource;
  private JdbcClient jdbc;

  @BeforeEach
  void database(TestInfo test) {
    String url =
        TestDatabase.createMigratedDatabase(
            "ssd_" + test.getTestMethod().orElseThrow().getName().toLowerCase());
    dataSource = TestDatabase.dataSource(url);
    jdbc = JdbcClient.create(dataSource);
  }

  @Test
  void aSmallExtractLoadsTheOrganisationAndTheChildrensRecords() throws IOException {
    organisation();
    write(
        "ssd_person.csv",
        "pers_person_id,pers_forename,pers_surname,pers_sex,pers_gender,pers_ethnicity,pers_dob,"
            + "pers_common_child_id,pers_legacy_id,pers_upn_unknown,pers_send_flag,"
            + "pers_expected_dob,pers_death_date,pers_is_mother,pers_nationality",
        "C1,,,F,,WBRI,2015-01-01,,,,,,,N,",
        " c2 ,,,m,,,2018-03-04 00:00:00.000,,,UN6,,,,,",
        "C3,,,U,,NOBT,,,,,,2026-05-01,,,");
    write("ssd_disability.csv", "disa_person_id,disa_table_id,disa_disability_code", "C1,D1,aut");
    write(
        "ssd_involvements.csv",
        "invo_involvements_id,invo_professional_id,invo_professional_role_id,"
            + "invo_professional_team,invo_involvement_start_date,invo_involvement_end_date,"
            + "invo_worker_change_reason,invo_person_id,invo_referral_id",
        "I1,W1,Allocated Social Worker,T1,2025-01-06,2025-06-30,LEFTRL,C1,R1",
        // no team: W3's team on 2025-07-01 (from prof_professional_department)
        "I2,W3,Allocated Social Worker,,2025-07-01,,,C1,R1",
        // an IRO is involved, but is not the allocated worker
        "I3,W1,Independent Reviewing Officer,T1,2025-01-06,,,C2,",
        // no role given: an allocation; the team by its name
        "I4,W1,,CIN Team 1,2025-02-10,,,c2,");
    write(
        "ssd_contacts.csv",
        "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_source_code,"
            + "cont_contact_source_desc,cont_contact_outcome_json",
        "K1,C2,2025-02-01,5D,Police,\"{\"\"NEW_REFERRAL_FLAG\"\": \"\"Y\"\", \"\"NFA_FLAG\"\": \"\"N\"\"}\"",
        "K2,C3,2025-03-01,2a,,\"{\"\"ADVICE_FLAG\"\": \"\"Y\"\"}\"",
        "K3,C3,2025-03-02,1A,,\"{\"\"EARLY_HELP_FLAG\"\": \"\"Y\"\", \"\"OTHER_OUTCOMES_EXIST_FLAG\"\": \"\"Y\"\"}\"",
        "K4,C1,2025-03-03,ZZ,,\"{\"\"NFA_FLAG\"\": \"\"Y\"\"}\"");
    write(
        "ssd_early_help_episodes.csv",
        "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,"
            + "earl_episode_reason,earl_episode_end_reason,earl_episode_organisation,"
            + "earl_episode_worker_id",
        "H1,C3,2025-03-05,,Parenting and Family Dynamics,,Family Help Hub,");
    write(
        "ssd_cin_visits.csv",
        "cinv_cin_visit_id,cinv_person_id,cinv_cin_visit_date,cinv_cin_visit_seen,"
            + "cinv_cin_visit_seen_alone,cinv_cin_visit_bedroom",
        "V1,C2,2025-02-20 00:00:00.000,Y,N,Y",
        "V2,C2,2025-03-14,N,,");
    write(
        "ssd_cla_visits.csv",
        "clav_cla_visit_id,clav_cla_id,clav_person_id,clav_cla_visit_date,clav_cla_visit_seen,"
            + "clav_cla_visit_seen_alone",
        "L1,E1,C1,03/08/2025,Y,Y");

    IngestReport report = run(new SsdSource());

    assertThat(report.outcome()).isEqualTo("loaded");
    long s = report.snapshotId();
    assertThat(rows(s, "service_area", "service_area_id", "name"))
        .containsExactly("FLAT Emergency Duty Team", "SA1 Children in Need");
    assertThat(rows(s, "team", "team_id", "service_area_id", "name"))
        .containsExactly(
            "FLAT FLAT Emergency Duty Team", "T1 SA1 CIN Team 1", "T2 SA1 Looked After Team");
    assertThat(
            rows(
                s,
                "worker",
                "worker_id",
                "swe_no",
                "org_role",
                "agency_worker",
                "fte",
                "case_holding",
                "role_start_date",
                "role_end_date",
                "manager_worker_id"))
        .containsExactly(
            "W1 SW100001 5 false 1.000000 true 2024-01-08 - W2",
            "W2 SW100002 3 true 0.500000 false 2020-05-01 - -",
            // no time in post given: from the first involvement
            "W3 - 5 false 1.000000 true 2025-07-01 - -");
    assertThat(rows(s, "worker_team", "worker_id", "team_id", "start_date", "end_date"))
        .containsExactly(
            "W1 T1 2024-01-08 -",
            "W2 T1 2020-05-01 2025-03-31",
            "W2 T2 2025-04-01 -",
            "W3 T2 2025-07-01 -");
    assertThat(
            rows(
                s,
                "supervision",
                "supervision_id",
                "worker_id",
                "supervisor_id",
                "supervision_date"))
        .containsExactly("S1 W1 W2 2025-06-02");
    assertThat(
            rows(
                s,
                "child",
                "child_id",
                "sex",
                "ethnicity",
                "person_birth_date",
                "expected_person_birth_date",
                "upn_unknown",
                "mother"))
        .containsExactly(
            "C1 F WBRI 2015-01-01 - - false",
            "C2 M NOBT 2018-03-04 - UN6 -",
            "C3 U NOBT - 2026-05-01 - -");
    assertThat(rows(s, "child_disability", "child_id", "disability")).containsExactly("C1 AUT");
    assertThat(
            rows(
                s,
                "allocation",
                "allocation_id",
                "child_id",
                "worker_id",
                "team_id",
                "start_date",
                "end_date",
                "change_reason"))
        .containsExactly(
            "I1 C1 W1 T1 2025-01-06 2025-06-30 LEFTRL",
            "I2 C1 W3 T2 2025-07-01 - -",
            "I4 C2 W1 T1 2025-02-10 - -");
    assertThat(
            rows(
                s,
                "contact",
                "contact_id",
                "child_id",
                "contact_date",
                "contact_source",
                "outcome"))
        .containsExactly(
            "K1 C2 2025-02-01 5D referral",
            "K2 C3 2025-03-01 2A advice",
            "K3 C3 2025-03-02 1A early_help",
            "K4 C1 2025-03-03 ZZ nfa");
    assertThat(
            rows(
                s,
                "early_help_episode",
                "early_help_id",
                "child_id",
                "start_date",
                "end_date",
                "reason",
                "organisation",
                "worker_id"))
        .containsExactly("H1 C3 2025-03-05 - Parenting and Family Dynamics Family Help Hub -");
    assertThat(rows(s, "cin_visit", "cin_visit_id", "child_id", "visit_date", "seen", "seen_alone"))
        .containsExactly("V1 C2 2025-02-20 true false", "V2 C2 2025-03-14 false -");
    assertThat(rows(s, "cla_visit", "cla_visit_id", "child_id", "visit_date", "seen", "seen_alone"))
        .containsExactly("L1 C1 2025-08-03 true true");
    assertThat(report.findings())
        .extracting(Finding::file, Finding::row, Finding::field, Finding::rule, Finding::severity)
        .containsExactlyInAnyOrder(
            tuple(
                "ssd_contacts.csv", 4L, "cont_contact_source_code", "UNKNOWN_CODE", Severity.QUERY),
            tuple("ssd_person.csv", 2L, "pers_ethnicity", "MISSING_VALUE", Severity.QUERY),
            tuple(
                "ssd_professionals.csv",
                3L,
                "prof_professional_job_title",
                "JOB_TITLE_UNKNOWN",
                Severity.QUERY),
            tuple(
                "ssd_professionals.csv",
                3L,
                "prof_full_time_equivalency",
                "MISSING_VALUE",
                Severity.QUERY));
    assertThat(report.files())
        .filteredOn(f -> f.name().equals("ssd_involvements.csv"))
        .singleElement()
        .satisfies(f -> assertThat(f.source()).isEqualTo("SSD ssd_involvements"));
  }

  @Test
  void cpVisitsJoinThePlansTheCinCensusLoadedByChildAndStartDate() throws IOException {
    write("cin.txt", "TEST CP PLAN");
    write(
        "ssd_cp_plans.csv",
        "cppl_cp_plan_id,cppl_referral_id,cppl_icpc_id,cppl_person_id,cppl_cp_plan_start_date,"
            + "cppl_cp_plan_end_date,cppl_cp_plan_initial_category,cppl_cp_plan_ola,"
            + "cppl_cp_plan_latest_category",
        "P1,R9,,C5,2025-04-10,,NEG,N,NEG",
        // ended before the collection year: not in this year's census
        "P0,R8,,C5,2023-01-01,2024-01-01,NEG,N,NEG",
        // in the year, but the census has no such plan
        "P2,R9,,C5,2025-12-01,,EMO,N,EMO");
    write(
        "ssd_cp_visits.csv",
        "cppv_cp_visit_id,cppv_person_id,cppv_cp_plan_id,cppv_cp_visit_date,cppv_cp_visit_seen,"
            + "cppv_cp_visit_seen_alone,cppv_cp_visit_bedroom",
        "PV1,C5,P1,2025-04-20,Y,Y,N",
        "PV0,C5,P0,2023-06-01,Y,,",
        "PV2,C5,P2,2025-12-05,Y,,",
        "PV3,C5,P9,2025-05-01,Y,,");

    IngestReport report = run(new TestPlansSource(), new SsdSource());

    assertThat(report.outcome()).isEqualTo("loaded");
    assertThat(
            rows(
                report.snapshotId(),
                "cp_visit",
                "cp_visit_id",
                "cp_plan_id",
                "child_id",
                "visit_date",
                "seen",
                "seen_alone"))
        .containsExactly("PV1 CIN-PLAN-1 C5 2025-04-20 true true");
    assertThat(report.findings())
        .extracting(Finding::row, Finding::value, Finding::rule)
        .containsExactlyInAnyOrder(
            tuple(4L, "P9", "CP_PLAN_UNKNOWN"), tuple(3L, "P2", "CP_PLAN_NOT_LOADED"));
  }

  @Test
  void withoutACinCensusCpVisitsAreReportedOncePerFile() throws IOException {
    write(
        "ssd_cp_plans.csv",
        "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date",
        "P1,C5,2025-04-10,");
    write(
        "ssd_cp_visits.csv",
        "cppv_cp_visit_id,cppv_person_id,cppv_cp_plan_id,cppv_cp_visit_date",
        "PV1,C5,P1,2025-04-20",
        "PV2,C5,P1,2025-05-04");

    IngestReport report = run(new SsdSource());

    assertThat(report.tableRows()).containsEntry("cp_visit", 0L);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("CP_PLANS_NOT_LOADED");
              assertThat(f.row()).isNull();
              assertThat(f.message()).contains("the 2 CP visits of this file were not loaded");
            });
  }

  /**
   * C1's involvements in order of start: A (all year), B inside A (out: overlaps A), C across B's
   * end (out: overlaps A, the earliest it overlaps, and B), D of no length on a day inside A (it
   * overlaps nothing, so it stays) and E after A (stays).
   */
  @Test
  void ofOverlappingInvolvementsTheLaterIsKeptOutNamingTheEarliestItOverlaps() throws IOException {
    teamT1WorkerW1AndChildC1();
    write(
        "ssd_involvements.csv",
        INVOLVEMENTS,
        "C,W1,,T1,2025-02-15,2025-04-01,C1",
        "E,W1,,T1,2026-01-01,,C1",
        "B,W1,,T1,2025-02-01,2025-03-01,C1",
        "A,W1,,T1,2025-01-01,2026-01-01,C1",
        "D,W1,,T1,2025-03-10,2025-03-10,C1");

    IngestReport report = run(new SsdSource());

    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("ALLOCATION_OVERLAP"))
        .extracting(Finding::row, Finding::message)
        .containsExactly(
            tuple(
                1L,
                "involvement C overlaps allocation A of the same child, and a child has one"
                    + " allocated worker at a time: only the earlier is loaded"),
            tuple(
                3L,
                "involvement B overlaps allocation A of the same child, and a child has one"
                    + " allocated worker at a time: only the earlier is loaded"));
    assertThat(rows(report.snapshotId(), "allocation", "allocation_id", "start_date"))
        .containsExactly("A 2025-01-01", "D 2025-03-10", "E 2026-01-01");
  }

  @Test
  void badRowsAreKeptOutWithTheirReasonsAndTheRestLoads() throws IOException {
    teamT1WorkerW1AndChildC1();
    write(
        "ssd_person.csv",
        "pers_person_id,pers_sex,pers_ethnicity,pers_dob",
        "C1,F,WBRI,2015-01-01",
        "C1,F,WBRI,2015-01-01");
    write(
        "ssd_involvements.csv",
        INVOLVEMENTS,
        "I1,W1,,T1,2025-13-01,,C1",
        "I2,W9,,T1,2025-01-01,2025-01-31,C1",
        "I3,W1,,T1,2025-02-01,,C1",
        "I4,W1,,T1,2025-03-01,,C1",
        "I3,W1,,T1,2024-02-01,2024-03-01,C1",
        "I5,W1,,T1,2024-01-01,2024-01-31,C9",
        "I6,W1,,T7,2023-01-01,2023-01-31,C1",
        "I7,W1,,T1,2022-05-01,2022-04-01,C1");

    IngestReport report = run(new SsdSource());

    assertThat(report.outcome()).isEqualTo("loaded");
    assertThat(report.findings())
        .extracting(Finding::file, Finding::row, Finding::childId, Finding::field, Finding::rule)
        .containsExactlyInAnyOrder(
            tuple("ssd_person.csv", 2L, "C1", "pers_person_id", "DUPLICATE_ID"),
            tuple("ssd_involvements.csv", 1L, "C1", "invo_involvement_start_date", "DATE_FORMAT"),
            tuple(
                "ssd_involvements.csv", 8L, "C1", "invo_involvement_end_date", "END_BEFORE_START"),
            tuple("ssd_involvements.csv", 5L, "C1", "invo_involvements_id", "DUPLICATE_ID"),
            tuple("ssd_involvements.csv", 6L, "C9", "invo_person_id", "CHILD_UNKNOWN"),
            tuple("ssd_involvements.csv", 2L, "C1", "invo_professional_id", "WORKER_UNKNOWN"),
            tuple("ssd_involvements.csv", 7L, "C1", "invo_professional_team", "TEAM_UNKNOWN"),
            tuple(
                "ssd_involvements.csv",
                4L,
                "C1",
                "invo_involvement_start_date",
                "ALLOCATION_OVERLAP"));
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("ALLOCATION_OVERLAP"))
        .extracting(Finding::message)
        .containsExactly(
            "involvement I4 overlaps allocation I3 of the same child, and a child has one allocated"
                + " worker at a time: only the earlier is loaded");
    assertThat(rows(report.snapshotId(), "allocation", "allocation_id", "start_date"))
        .containsExactly("I3 2025-02-01");
    assertThat(report.tableRows()).containsEntry("child", 1L);
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void aSection47EnquiryWithABadDateIsKeptOutNamingFileRowAndField() throws IOException {
    write(
        "ssd_person.csv",
        "pers_person_id,pers_sex,pers_ethnicity,pers_dob",
        "C1,F,WBRI,2015-01-01");
    write(
        "ssd_s47_enquiry.csv",
        "s47e_s47_enquiry_id,s47e_referral_id,s47e_person_id,s47e_s47_start_date,"
            + "s47e_s47_end_date,s47e_s47_nfa,s47e_s47_outcome_json,"
            + "s47e_s47_completed_by_worker_id,s47e_s47_completed_by_team",
        // 1: not a date
        "E1,R1,C1,2025-13-05,2025-06-01,N,,,",
        // 2: ends before it starts
        "E2,R1,C1,2025-06-01,2025-05-20,N,,,",
        // 3: good, but no census loaded its enquiry (one query for the file)
        "E3,R1,C1,2025-07-01,2025-07-20,Y,,W1,T1");

    IngestReport report = run(new SsdSource());

    assertThat(report.outcome()).isEqualTo("loaded");
    assertThat(report.findings())
        .extracting(Finding::file, Finding::row, Finding::field, Finding::rule, Finding::severity)
        .containsExactlyInAnyOrder(
            tuple("ssd_s47_enquiry.csv", 1L, "s47e_s47_start_date", "DATE_FORMAT", Severity.ERROR),
            tuple(
                "ssd_s47_enquiry.csv", 2L, "s47e_s47_end_date", "END_BEFORE_START", Severity.ERROR),
            tuple("ssd_s47_enquiry.csv", null, null, "ENQUIRIES_NOT_LOADED", Severity.QUERY));
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("ENQUIRIES_NOT_LOADED"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("the end dates of the 1 enquiries"));
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void aFileThatCannotBeUsedIsReportedAndNothingIsServed() throws IOException {
    organisation();
    write(
        "ssd_person.csv",
        "pers_person_id,pers_sex,pers_ethnicity,pers_dob",
        "C1,F,WBRI,2015-01-01");
    write(
        "ssd_contacts.csv",
        "cont_contact_id,cont_person_id,cont_contact_source_code,cont_contact_outcome_json",
        "K1,C1,5D,{}");
    write(
        "ssd_cin_visits.csv",
        "cinv_cin_visit_id,cinv_person_id,cinv_cin_visit_date",
        "V1,C1,2025-02-20",
        "V2,C1,\"2025-02-21");

    IngestReport report = run(new SsdSource());

    assertThat(report.findings())
        .filteredOn(f -> f.severity() == Severity.FILE)
        .extracting(Finding::file, Finding::row, Finding::severity, Finding::rule)
        .containsExactlyInAnyOrder(
            tuple("ssd_cin_visits.csv", null, Severity.FILE, "CSV_MALFORMED"),
            tuple("ssd_contacts.csv", null, Severity.FILE, "MISSING_COLUMNS"));
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("MISSING_COLUMNS"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("ssd_contacts without the column(s) cont_contact_date"));
    assertThat(report.outcome()).isEqualTo("failed");
    assertThat(report.snapshotId()).isNull();
    assertThat(report.message()).contains("ssd_cin_visits.csv").contains("ssd_contacts.csv");
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void everyTableIsRecognisedByItsHeaderRowAndTablesNotReadAreSaidToBe() throws IOException {
    write("a.csv", "\"pers_person_id\",\"pers_sex\"", "");
    write("b.csv", "CLAE_CLA_EPISODE_ID,clae_person_id", "");
    write("c.csv", "pers_person_id,invo_person_id", "");
    write("d.csv", "CHILD,SEX,DOB", "");
    write("e.csv", "s47e_s47_enquiry_id,s47e_person_id,s47e_s47_start_date,s47e_s47_end_date", "");

    IngestReport report = run(new SsdSource());

    assertThat(report.files())
        .extracting(IngestReport.FileReport::name, IngestReport.FileReport::source)
        .containsExactly(
            tuple("a.csv", "SSD ssd_person"),
            tuple("b.csv", "SSD ssd_cla_episodes (not read)"),
            tuple("c.csv", null),
            tuple("d.csv", null),
            tuple("e.csv", "SSD ssd_s47_enquiry"));
  }

  /** Departments, professionals, their time in post and a supervision, as in the first test. */
  private void organisation() throws IOException {
    write(
        "ssd_department.csv",
        "dept_team_id,dept_team_name,dept_team_parent_id,dept_team_parent_name",
        "SA1,Children in Need,,",
        "T1,CIN Team 1,SA1,Children in Need",
        "T2,Looked After Team,SA1,Children in Need",
        "FLAT,Emergency Duty Team,,");
    write(
        "ssd_professionals.csv",
        "prof_professional_id,prof_staff_id,prof_professional_name,"
            + "prof_social_worker_registration_no,prof_professional_job_title,"
            + "prof_professional_caseload,prof_professional_department,"
            + "prof_full_time_equivalency,prof_agency_worker_flag",
        "W1,1001,Ann Able,SW100001,Social Worker,2,CIN Team 1,1,N",
        "W2,1002,Bob Brook,SW100002,team manager,0,CIN Team 1,0.5,Y",
        "W3,1003,Cat Carver,,Care Coordinator,1,looked after team,,N");
    write(
        "opencsc_professional_tenure.csv",
        "tenu_professional_id,tenu_team_id,tenu_start_date,tenu_end_date,tenu_end_reason,"
            + "tenu_manager_id",
        "W1,T1,2024-01-08,,,W2",
        "W2,T1,2020-05-01,2025-03-31,,",
        "W2,T2,2025-04-01,,,");
    write(
        "opencsc_supervisions.csv",
        "supe_supervision_id,supe_worker_id,supe_supervisor_id,supe_supervision_date",
        "S1,W1,W2,2025-06-02");
  }

  /** Team T1 with worker W1 in it, and child C1 (the person file, which a test may replace). */
  private void teamT1WorkerW1AndChildC1() throws IOException {
    write(
        "ssd_department.csv",
        "dept_team_id,dept_team_name,dept_team_parent_id,dept_team_parent_name",
        "T1,CIN Team 1,SA1,Children in Need");
    write(
        "ssd_professionals.csv",
        "prof_professional_id,prof_professional_name,prof_professional_job_title,"
            + "prof_professional_department,prof_full_time_equivalency,prof_agency_worker_flag",
        "W1,Ann Able,Social Worker,T1,1,N");
    write(
        "ssd_person.csv",
        "pers_person_id,pers_sex,pers_ethnicity,pers_dob",
        "C1,F,WBRI,2015-01-01");
  }

  private IngestReport run(IngestSource... sources) {
    IngestRunner runner =
        new IngestRunner(
            dataSource,
            List.of(sources),
            Clock.fixed(Instant.parse("2026-03-31T12:00:00Z"), ZoneOffset.UTC));
    return runner.run(
        new IngestRunner.Request(dir, true, "cli", "tester", AS_AT, 7, IngestProgress.NONE));
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
