package org.opencsc.ingest.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencsc.ingest.Severity.ERROR;
import static org.opencsc.ingest.Severity.QUERY;
import static org.opencsc.ingest.internal.cin.CinFieldChecksIT.assertFindings;
import static org.opencsc.ingest.internal.cin.CinXml.census;
import static org.opencsc.ingest.internal.cin.CinXml.child;
import static org.opencsc.ingest.internal.cin.CinXml.referral;
import static org.opencsc.ingest.internal.cin.CinXml.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.internal.cin.CinIngest.Outcome;

/**
 * Rules about how records fit together: dates in an order the database (or plain sense) refuses,
 * the same child twice, child protection plans that overlap, a conference without its enquiry.
 * Every run ends by attaching the snapshot, so what the source lets through satisfies every
 * constraint of the schema.
 */
class CinStructureChecksIT {

  static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  static final CinIngest ingest = CinIngest.onTestDatabase();

  @TempDir Path dir;

  static String plan(String start, String end, String reviews) {
    return """
            <ChildProtectionPlans><CPPstartDate>%s</CPPstartDate>%s
              <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
              <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
              <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
              <Reviews>%s</Reviews></ChildProtectionPlans>
        """
        .formatted(start, end == null ? "" : "<CPPendDate>" + end + "</CPPendDate>", reviews);
  }

  /**
   * O1 died before being born: out. O2's closure precedes its referral: that CINdetails is out. In
   * O3's referral of 1 May, an assessment authorised before it started, a CIN plan from before the
   * referral, an enquiry that needed no conference but has one, and a plan that ends before it
   * starts are each out; the referral stays. O4 is closed without a reason: out. O5 has no birth
   * date of either kind: out. O6's conference is recorded on the CINdetails only: a query.
   */
  @Test
  void datesOutOfOrderKeepOutTheLaterRecord() throws Exception {
    String o3 =
        referral(
            "2025-05-01",
            """
                <Assessments><AssessmentActualStartDate>2025-05-03</AssessmentActualStartDate>
                  <AssessmentAuthorisationDate>2025-05-01</AssessmentAuthorisationDate></Assessments>
                <CINPlanDates><CINPlanStartDate>2025-04-15</CINPlanStartDate></CINPlanDates>
                <Section47><S47ActualStartDate>2025-05-02</S47ActualStartDate>
                  <DateOfInitialCPC>2025-05-10</DateOfInitialCPC>
                  <ICPCnotRequired>1</ICPCnotRequired></Section47>
            """
                + plan("2025-06-01", "2025-05-31", ""));
    String children =
        child("O1", "F", "2015-01-01", referral("2025-05-01", ""))
                .replace("</Sex>", "</Sex><PersonDeathDate>2014-12-31</PersonDeathDate>")
            + child("O2", "M", "2015-01-01", referral("2025-05-01", ""))
                .replace("<ReferralNFA>", closure("2025-04-30", "RC7") + "<ReferralNFA>")
            + child("O3", "F", "2015-01-01", o3)
            + child("O4", "M", "2015-01-01", referral("2025-05-01", ""))
                .replace(
                    "<ReferralNFA>", "<CINclosureDate>2025-06-01</CINclosureDate><ReferralNFA>")
            + child("O5", "M", "2015-01-01", referral("2025-05-01", ""))
                .replace("<PersonBirthDate>2015-01-01</PersonBirthDate>", "")
            + child("O6", "F", "2015-01-01", referral("2025-05-01", ""))
                .replace(
                    "<ReferralNFA>",
                    "<DateOfInitialCPC>2025-05-12</DateOfInitialCPC><ReferralNFA>");

    Outcome out = ingest.run(AS_AT, write(dir, "order.xml", census(2026, children)));
    long s = out.snapshotId();

    assertFindings(
        out,
        tuple(1L, "O1", "PersonDeathDate", "2014-12-31", "DATE_ORDER", ERROR),
        tuple(2L, "O2", "CINclosureDate", "2025-04-30", "DATE_ORDER", ERROR),
        tuple(3L, "O3", "AssessmentAuthorisationDate", "2025-05-01", "DATE_ORDER", ERROR),
        tuple(3L, "O3", "CINPlanStartDate", "2025-04-15", "DATE_ORDER", ERROR),
        tuple(3L, "O3", "ICPCnotRequired", "1", "ICPC_CONFLICT", ERROR),
        tuple(3L, "O3", "CPPendDate", "2025-05-31", "DATE_ORDER", ERROR),
        tuple(4L, "O4", "ReasonForClosure", null, "MISSING_VALUE", ERROR),
        tuple(5L, "O5", "PersonBirthDate", null, "MISSING_VALUE", ERROR),
        tuple(6L, "O6", "DateOfInitialCPC", "2025-05-12", "ICPC_WITHOUT_SECTION47", QUERY));
    assertThat(ingest.rows("select child_id from child where snapshot_id = :s order by 1", s))
        .containsExactly("O2", "O3", "O4", "O6");
    assertThat(ingest.rows("select referral_id from referral where snapshot_id = :s order by 1", s))
        .containsExactly("O3/2025-05-01/1", "O6/2025-05-01/1");
    for (String table : new String[] {"assessment", "cin_plan", "section47", "icpc", "cp_plan"}) {
      assertThat(ingest.count(table, s)).as(table).isZero();
    }
  }

  private static String closure(String date, String reason) {
    return "<CINclosureDate>"
        + date
        + "</CINclosureDate><ReasonForClosure>"
        + reason
        + "</ReasonForClosure>";
  }

  /**
   * Child 1 "ab1" and child 3 "AB1 " are the same child once normalised: the later record is an
   * error and goes with its referral of 1 June; the first keeps its date of birth and referral.
   */
  @Test
  void theSameChildTwiceKeepsTheFirstRecord() throws Exception {
    Path file =
        write(
            dir,
            "dup.xml",
            census(
                2026,
                child("ab1", "F", "2015-01-01", referral("2025-05-01", ""))
                    + child("K9", "M", "2016-01-01", referral("2025-05-01", ""))
                    + child("AB1 ", "F", "2016-06-06", referral("2025-06-01", ""))));

    Outcome out = ingest.run(AS_AT, file);
    long s = out.snapshotId();

    assertFindings(out, tuple(3L, "AB1", "LAchildID", "AB1", "DUPLICATE_CHILD", ERROR));
    assertThat(out.findings().get(0).message()).contains("already in dup.xml as child 1");
    assertThat(
            ingest.rows(
                "select child_id, person_birth_date, source_row from child"
                    + " where snapshot_id = :s order by 1",
                s))
        .containsExactly("AB1|2015-01-01|1", "K9|2016-01-01|2");
    assertThat(ingest.rows("select referral_id from referral where snapshot_id = :s order by 1", s))
        .containsExactly("AB1/2025-05-01/1", "K9/2025-05-01/1");
  }

  /**
   * P1's second plan (from 15 August, in a later referral) starts before the first ends on 1
   * September: it is an error and goes with its review. P2's second plan starts the day the first
   * ends, which is no overlap: both load. P3's second plan ends the day it starts, inside the first
   * (open) plan: an empty [start, end) overlaps nothing, as the database sees it, so both load.
   */
  @Test
  void overlappingProtectionPlansKeepTheEarlierPlan() throws Exception {
    String p1 =
        referral("2025-04-01", plan("2025-04-20", "2025-09-01", review("2025-07-01")))
            + referral("2025-08-01", plan("2025-08-15", null, review("2025-11-15")));
    String p2 =
        referral(
            "2025-04-01",
            plan("2025-04-20", "2025-09-01", "") + plan("2025-09-01", null, review("2025-12-01")));
    String p3 =
        referral("2025-04-01", plan("2025-05-01", null, "") + plan("2025-05-10", "2025-05-10", ""));
    Path file =
        write(
            dir,
            "overlap.xml",
            census(
                2026,
                child("P1", "F", "2015-01-01", p1)
                    + child("P2", "M", "2015-01-01", p2)
                    + child("P3", "F", "2015-01-01", p3)));

    Outcome out = ingest.run(AS_AT, file);
    long s = out.snapshotId();

    assertFindings(out, tuple(1L, "P1", "CPPstartDate", "2025-08-15", "CP_PLANS_OVERLAP", ERROR));
    assertThat(out.findings().get(0).message())
        .contains("from 2025-08-15 to open overlaps the plan from 2025-04-20 to 2025-09-01");
    assertThat(ingest.rows("select cp_plan_id from cp_plan where snapshot_id = :s order by 1", s))
        .containsExactly(
            "P1/2025-04-01/1/P/2025-04-20/1",
            "P2/2025-04-01/1/P/2025-04-20/1",
            "P2/2025-04-01/1/P/2025-09-01/1",
            "P3/2025-04-01/1/P/2025-05-01/1",
            "P3/2025-04-01/1/P/2025-05-10/1");
    assertThat(
            ingest.rows(
                "select cpp_review_date from cp_review where snapshot_id = :s order by 1", s))
        .containsExactly("2025-07-01", "2025-12-01");
    // P1's two referrals, P2's and P3's
    assertThat(ingest.count("referral", s)).isEqualTo(4);
  }

  private static String review(String date) {
    return "<CPPreviewDate>" + date + "</CPPreviewDate>";
  }
}
