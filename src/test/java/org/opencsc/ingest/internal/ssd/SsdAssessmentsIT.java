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
 * ssd_cin_assessments on small hand-written extracts: each row fills in the day the child was seen
 * and the outcome of the assessment another family loaded ({@link TestAssessmentsSource}, whose
 * assessments are listed there), found by child and start date. Extract date 31 March 2026
 * (collection year 2025-26, from 1 April 2025). And ssd_s47_enquiry, whose rows give the end date
 * of the section 47 enquiries that family loaded, found the same way.
 */
class SsdAssessmentsIT {

  private static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  private static final String HEADER =
      "cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,"
          + "cina_assessment_child_seen,cina_assessment_auth_date,cina_assessment_outcome_json,"
          + "cina_assessment_outcome_nfa,cina_assessment_team,cina_assessment_worker_id";

  /** The assessment's child, start, authorisation, day seen and outcome; "-" for blank. */
  private static final String ASSESSMENTS =
      "select array_to_string(array[child_id, assessment_actual_start_date::text,"
          + " assessment_authorisation_date::text, child_seen_date::text, child_in_need::text],"
          + " ' ', '-') from assessment where snapshot_id = :s order by 1";

  @TempDir Path dir;

  private DataSource dataSource;
  private JdbcClient jdbc;

  @BeforeEach
  void database(TestInfo test) {
    String url =
        TestDatabase.createMigratedDatabase(
            "ssda_" + test.getTestMethod().orElseThrow().getName().toLowerCase());
    dataSource = TestDatabase.dataSource(url);
    jdbc = JdbcClient.create(dataSource);
  }

  @Test
  void eachRowFillsInTheAssessmentOfItsChildStartingThatDayAndBadRowsAreReported()
      throws IOException {
    write("cin.txt", "TEST CIN ASSESSMENTS");
    write(
        "ssd_cin_assessments.csv",
        HEADER,
        // 1: C1's assessment from 2025-05-02: seen on the 4th, in need (not NFA)
        "A-100,C1,R-1,2025-05-02,2025-05-04,2025-06-10,,N,T1,W1",
        // 2: C2's from 2025-06-03 (the SSD's other date forms): seen on 5 June, no further action
        "A-200,c2,R-2,2025-06-03 00:00:00.000,05/06/2025,2025-07-01 00:00:00.000,"
            + "\"{\"\"NFA_FLAG\"\": \"\"Y\"\"}\",Y,,",
        // 3: C2's open assessment from 2025-09-02: seen, no outcome yet
        "A-201,C2,R-3,2025-09-02,2025-09-03,,,,,",
        // 4: no assessment of C2 starts on 2025-11-20: reported, nothing filled in
        "A-300,C2,R-3,2025-11-20,2025-11-21,,,N,,",
        // 5: not a date: kept out
        "A-400,C1,R-1,2025-13-05,,,,N,,",
        // 6: the day seen is not a date either
        "A-401,C1,R-1,2025-10-01,next week,,,,,",
        // 7: authorised before the collection year: history no census of this year holds
        "A-099,C1,R-0,2024-01-10,2024-01-11,2024-02-20,,Y,,",
        // 8: a child no file describes
        "A-500,C9,R-9,2025-06-03,2025-06-04,,,,,",
        // 9: seen more than 30 days before the assessment started
        "A-402,C1,R-1,2025-10-01,2025-08-01,,,,,");

    IngestReport report = run(TestAssessmentsSource.census(), new SsdSource());

    assertThat(report.outcome()).isEqualTo("loaded");
    assertThat(assessments(report))
        .containsExactly(
            "C1 2025-05-02 2025-06-10 2025-05-04 true",
            // rows 6 and 9 were kept out: nothing filled in
            "C1 2025-10-01 - - -",
            "C2 2025-06-03 2025-07-01 2025-06-05 false",
            "C2 2025-09-02 - 2025-09-03 -",
            "C3 2025-07-01 2025-07-20 - -",
            "C3 2025-07-01 2025-08-15 - -",
            "C3 2025-11-02 2025-11-30 - -",
            "C3 2025-11-02 2025-11-30 - -");
    assertThat(report.findings())
        .extracting(
            Finding::file,
            Finding::row,
            Finding::childId,
            Finding::field,
            Finding::value,
            Finding::rule,
            Finding::severity)
        .containsExactlyInAnyOrder(
            tuple(
                "ssd_cin_assessments.csv",
                4L,
                "C2",
                "cina_assessment_start_date",
                "2025-11-20",
                "ASSESSMENT_NOT_FOUND",
                Severity.QUERY),
            tuple(
                "ssd_cin_assessments.csv",
                5L,
                "C1",
                "cina_assessment_start_date",
                "2025-13-05",
                "DATE_FORMAT",
                Severity.ERROR),
            tuple(
                "ssd_cin_assessments.csv",
                6L,
                "C1",
                "cina_assessment_child_seen",
                "next week",
                "DATE_FORMAT",
                Severity.ERROR),
            tuple(
                "ssd_cin_assessments.csv",
                8L,
                "C9",
                "cina_person_id",
                "C9",
                "CHILD_UNKNOWN",
                Severity.ERROR),
            tuple(
                "ssd_cin_assessments.csv",
                9L,
                "C1",
                "cina_assessment_child_seen",
                "2025-08-01",
                "SEEN_BEFORE_START",
                Severity.ERROR));
    assertThat(report.files())
        .filteredOn(f -> f.name().equals("ssd_cin_assessments.csv"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo("SSD ssd_cin_assessments");
              assertThat(f.rowsRead()).isEqualTo(9);
            });
    assertThat(report.exitCode()).isEqualTo(1);
  }

  @Test
  void assessmentsStartingTheSameDayAreToldApartByAuthorisationOrPairedWithAQuery()
      throws IOException {
    write("cin.txt", "TEST CIN ASSESSMENTS");
    write(
        "ssd_cin_assessments.csv",
        HEADER,
        // C3's two assessments from 2025-07-01, in the other order: the authorisation decides
        "X2,C3,R-B,2025-07-01,2025-07-02,2025-08-15,,Y,,",
        "X1,C3,R-A,2025-07-01,2025-07-03,2025-07-20,,N,,",
        // C3's two from 2025-11-02 have the same dates: paired in referral order, flagged
        "Y1,C3,R-C,2025-11-02,2025-11-03,2025-11-30,,N,,",
        "Y2,C3,R-D,2025-11-02,2025-11-04,2025-11-30,,Y,,");

    IngestReport report = run(TestAssessmentsSource.census(), new SsdSource());

    assertThat(
            jdbc.sql(
                    "select array_to_string(array[assessment_id, child_seen_date::text,"
                        + " child_in_need::text], ' ', '-') from assessment"
                        + " where snapshot_id = :s and child_id = 'C3' order by 1")
                .param("s", report.snapshotId())
                .query(String.class)
                .list())
        .containsExactly(
            "C3/2025-07-01/1/A/2025-07-01/1 2025-07-03 true",
            "C3/2025-07-01/2/A/2025-07-01/1 2025-07-02 false",
            "C3/2025-11-01/1/A/2025-11-02/1 2025-11-03 true",
            "C3/2025-11-01/2/A/2025-11-02/1 2025-11-04 false");
    assertThat(report.findings())
        .extracting(Finding::row, Finding::rule, Finding::severity)
        .containsExactlyInAnyOrder(
            tuple(3L, "ASSESSMENT_TIED", Severity.QUERY),
            tuple(4L, "ASSESSMENT_TIED", Severity.QUERY));
  }

  @Test
  void theSsdOutcomeReplacesAnnexAsWithAQueryAndAFlagForTheDaySeenGivesNoDate() throws IOException {
    // Annex A's transform runs after the SSD's: the assessments are filled in all the same
    write("annex-a.txt", "TEST ANNEX A ASSESSMENTS");
    write(
        "ssd_cin_assessments.csv",
        HEADER,
        // Annex A says in need; the SSD says no further action
        "A-100,C1,R-1,2025-05-02,Y,2025-06-10,,Y,,",
        // both say in need; seen, but the flag does not say when
        "A-200,C2,R-2,2025-06-03,Y,2025-07-01,,N,,",
        // not seen, no outcome: Annex A's outcome stays
        "X1,C3,R-A,2025-07-01,N,2025-07-20,,,,");

    IngestReport report = run(TestAssessmentsSource.annexA(), new SsdSource());

    assertThat(assessments(report))
        .contains(
            "C1 2025-05-02 2025-06-10 - false",
            "C2 2025-06-03 2025-07-01 - true",
            "C3 2025-07-01 2025-07-20 - true");
    assertThat(report.findings())
        .extracting(Finding::row, Finding::field, Finding::rule, Finding::severity)
        .containsExactlyInAnyOrder(
            tuple(1L, "cina_assessment_outcome_nfa", "OUTCOME_DIFFERS", Severity.QUERY),
            tuple(null, "cina_assessment_child_seen", "SEEN_WITHOUT_DATE", Severity.QUERY));
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("SEEN_WITHOUT_DATE"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("2 assessments say the child was seen"));
    assertThat(report.exitCode()).isZero();
  }

  @Test
  void withoutAssessmentsToFillInEachFileIsReportedOnce() throws IOException {
    write(
        "ssd_cin_assessments.csv",
        HEADER,
        "A-100,C1,R-1,2025-05-02,2025-05-04,2025-06-10,,N,,",
        "A-200,C2,R-2,2025-06-03,2025-06-05,2025-07-01,,Y,,");
    write(
        "ssd_person.csv",
        "pers_person_id,pers_sex,pers_ethnicity,pers_dob",
        "C1,F,WBRI,2015-01-01",
        "C2,M,WBRI,2016-01-01");

    IngestReport report = run(new SsdSource());

    assertThat(report.outcome()).isEqualTo("loaded");
    assertThat(report.tableRows()).containsEntry("assessment", 0L);
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("ASSESSMENTS_NOT_LOADED");
              assertThat(f.severity()).isEqualTo(Severity.QUERY);
              assertThat(f.row()).isNull();
              assertThat(f.message()).contains("of the 2 assessments of this file were not loaded");
            });
  }

  @Test
  void eachEnquiryRowGivesTheEndOfTheEnquiryOfItsChildStartingThatDay() throws IOException {
    write("cin.txt", "TEST CIN ASSESSMENTS");
    write(
        "ssd_s47_enquiry.csv",
        "s47e_s47_enquiry_id,s47e_referral_id,s47e_person_id,s47e_s47_start_date,"
            + "s47e_s47_end_date,s47e_s47_nfa,s47e_s47_outcome_json,"
            + "s47e_s47_completed_by_worker_id,s47e_s47_completed_by_team",
        // 1: C1's enquiry from 2025-05-03 ended on the 20th (its SSD IDs match nothing loaded)
        "E1,R-1,C1,2025-05-03,2025-05-20 00:00:00.000,N,,W1,T1",
        // 2, 3: C3's two from 2025-07-02, in the other order: paired in referral order, flagged
        "E3B,R-B,C3,2025-07-02,2025-07-30,Y,,,",
        "E3A,R-A,C3,02/07/2025,2025-07-25,N,,,",
        // 4: no enquiry of C1 starts on 2025-08-01: a query, nothing filled in
        "E9,R-1,C1,2025-08-01,2025-08-10,N,,,",
        // 5: ended before the collection year, in no census of it: left out without a finding
        "E0,R-0,C1,2024-05-01,2024-06-01,N,,,");

    IngestReport report = run(TestAssessmentsSource.census(), new SsdSource());

    assertThat(report.outcome()).isEqualTo("loaded");
    assertThat(
            jdbc.sql(
                    "select array_to_string(array[section47_id, s47_end_date::text, source_file],"
                        + " ' ', '-') from section47 where snapshot_id = :s order by 1")
                .param("s", report.snapshotId())
                .query(String.class)
                .list())
        .containsExactly(
            "C1/2025-05-01/1/S/2025-05-03 2025-05-20 cin.xml",
            "C3/2025-07-01/1/S/2025-07-02 2025-07-25 cin.xml",
            "C3/2025-07-01/2/S/2025-07-02 2025-07-30 cin.xml");
    assertThat(report.findings())
        .extracting(Finding::file, Finding::row, Finding::childId, Finding::rule, Finding::severity)
        .containsExactlyInAnyOrder(
            tuple("ssd_s47_enquiry.csv", 2L, "C3", "S47_TIED", Severity.QUERY),
            tuple("ssd_s47_enquiry.csv", 3L, "C3", "S47_TIED", Severity.QUERY),
            tuple("ssd_s47_enquiry.csv", 4L, "C1", "S47_NOT_FOUND", Severity.QUERY));
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

  private List<String> assessments(IngestReport report) {
    return jdbc.sql(ASSESSMENTS).param("s", report.snapshotId()).query(String.class).list();
  }

  private void write(String name, String... lines) throws IOException {
    Files.writeString(
        dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
  }
}
