package org.opencsc.ingest.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.opencsc.ingest.Severity.ERROR;
import static org.opencsc.ingest.Severity.QUERY;
import static org.opencsc.ingest.internal.cin.CinXml.census;
import static org.opencsc.ingest.internal.cin.CinXml.child;
import static org.opencsc.ingest.internal.cin.CinXml.referral;
import static org.opencsc.ingest.internal.cin.CinXml.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.Finding;
import org.opencsc.ingest.internal.cin.CinIngest.Outcome;

/**
 * Values checked one by one while reading: dates, codes of the year's lists, child IDs, and Sex
 * versus GenderCurrent by census year. Each error keeps out the element that holds the bad value
 * (and what it holds), nothing more; each query loads and flags.
 */
class CinFieldChecksIT {

  static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  static final CinIngest ingest = CinIngest.onTestDatabase();

  @TempDir Path dir;

  /** Row, child, field, value, rule and severity of each finding, in order. */
  static void assertFindings(Outcome out, Tuple... expected) {
    assertThat(out.findings())
        .extracting(
            Finding::row,
            Finding::childId,
            Finding::field,
            Finding::value,
            Finding::rule,
            Finding::severity)
        .containsExactly(expected);
  }

  /**
   * D1's birth date is dd/mm/yyyy: D1 is out. D2 keeps its referral but loses the assessment dated
   * month 13 (and its factor 3A), the plan whose end is 2025-9-1 (and its review), and one review
   * of its other plan. D3 loses the CINdetails of 30 February, keeps the other. D4's referral date
   * has a time: D4 loads without a referral.
   */
  @Test
  void aBadDateKeepsOutTheElementThatHoldsItAndWhatDependsOnIt() throws Exception {
    String d2 =
        referral(
            "2025-05-01",
            """
                <Assessments><AssessmentActualStartDate>2025-13-01</AssessmentActualStartDate>
                  <FactorsIdentifiedAtAssessment><AssessmentFactors>3A</AssessmentFactors>
                  </FactorsIdentifiedAtAssessment></Assessments>
                <Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>
                  <AssessmentAuthorisationDate>2025-06-01</AssessmentAuthorisationDate>
                  <FactorsIdentifiedAtAssessment><AssessmentFactors>4B</AssessmentFactors>
                  </FactorsIdentifiedAtAssessment></Assessments>
                <ChildProtectionPlans><CPPstartDate>2025-05-20</CPPstartDate>
                  <CPPendDate>2025-9-1</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                  <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
                  <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                  <Reviews><CPPreviewDate>2025-08-01</CPPreviewDate></Reviews></ChildProtectionPlans>
                <ChildProtectionPlans><CPPstartDate>2025-10-01</CPPstartDate>
                  <InitialCategoryOfAbuse>EMO</InitialCategoryOfAbuse>
                  <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
                  <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                  <Reviews><CPPreviewDate>31/12/2025</CPPreviewDate>
                    <CPPreviewDate>2026-01-05</CPPreviewDate></Reviews></ChildProtectionPlans>
            """);
    Path file =
        write(
            dir,
            "dates.xml",
            census(
                2026,
                child("D1", "F", "01/02/2015", referral("2025-05-01", ""))
                    + child("D2", "M", "2015-02-01", d2)
                    + child(
                        "D3",
                        "F",
                        "2016-03-01",
                        referral("2025-02-30", "") + referral("2025-07-01", ""))
                    + child("D4", "M", "2017-04-01", referral("2025-06-01T00:00:00", ""))));

    Outcome out = ingest.run(AS_AT, file);
    long s = out.snapshotId();

    assertFindings(
        out,
        tuple(1L, "D1", "PersonBirthDate", "01/02/2015", "DATE_FORMAT", ERROR),
        tuple(2L, "D2", "AssessmentActualStartDate", "2025-13-01", "DATE_FORMAT", ERROR),
        tuple(2L, "D2", "CPPendDate", "2025-9-1", "DATE_FORMAT", ERROR),
        tuple(2L, "D2", "CPPreviewDate", "31/12/2025", "DATE_FORMAT", ERROR),
        tuple(3L, "D3", "CINreferralDate", "2025-02-30", "DATE_FORMAT", ERROR),
        tuple(4L, "D4", "CINreferralDate", "2025-06-01T00:00:00", "DATE_FORMAT", ERROR));
    assertThat(out.findings()).allMatch(f -> f.file().equals("dates.xml"));
    assertThat(out.findings().get(1).message())
        .contains("kept out: this Assessments and its factors");
    assertThat(ingest.rows("select child_id from child where snapshot_id = :s order by 1", s))
        .containsExactly("D2", "D3", "D4");
    assertThat(ingest.rows("select referral_id from referral where snapshot_id = :s order by 1", s))
        .containsExactly("D2/2025-05-01/1", "D3/2025-07-01/1");
    assertThat(
            ingest.rows(
                "select assessment_id || ' ' || factor from assessment_factor"
                    + " where snapshot_id = :s",
                s))
        .containsExactly("D2/2025-05-01/1/A/2025-05-02/1 4B");
    assertThat(ingest.rows("select cp_review_id from cp_review where snapshot_id = :s", s))
        .containsExactly("D2/2025-05-01/1/P/2025-10-01/1/R/2026-01-05");
    assertThat(ingest.count("assessment", s)).isEqualTo(1);
    assertThat(ingest.count("cp_plan", s)).isEqualTo(1);
  }

  /**
   * K1's ethnicity is not a code: K1 is out. K2 loads without its UPN and UPNunknown (queries),
   * without disability FOO (error) and with HEAR once (query); its first CINdetails (source 11) is
   * out; in the second, factor 99Z, the enquiry with ICPCnotRequired Y and the plan of category ABC
   * are out. K3's only CINdetails has need code N10: K3 loads without a referral.
   */
  @Test
  void anUnknownCodeKeepsOutTheElementThatHoldsIt() throws Exception {
    String k2 =
        """
              <CINdetails><CINreferralDate>2025-05-01</CINreferralDate>
                <ReferralSource>11</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>
        """
            + referral(
                "2025-06-01",
                """
                    <Assessments><AssessmentActualStartDate>2025-06-02</AssessmentActualStartDate>
                      <AssessmentAuthorisationDate>2025-07-01</AssessmentAuthorisationDate>
                      <FactorsIdentifiedAtAssessment><AssessmentFactors>99Z</AssessmentFactors>
                        <AssessmentFactors>2B</AssessmentFactors></FactorsIdentifiedAtAssessment>
                    </Assessments>
                    <Section47><S47ActualStartDate>2025-06-03</S47ActualStartDate>
                      <ICPCnotRequired>Y</ICPCnotRequired></Section47>
                    <ChildProtectionPlans><CPPstartDate>2025-07-01</CPPstartDate>
                      <InitialCategoryOfAbuse>ABC</InitialCategoryOfAbuse>
                      <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
                      <NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans>
                """);
    String k2Child =
        child("K2", "F", "2014-01-01", k2)
            .replace(
                "<LAchildID>K2</LAchildID>",
                "<LAchildID>K2</LAchildID><UPN>12345</UPN><UPNunknown>UN9</UPNunknown>")
            .replace(
                "</Ethnicity>",
                "</Ethnicity><Disabilities><Disability>FOO</Disability>"
                    + "<Disability>HEAR</Disability><Disability>HEAR</Disability></Disabilities>");
    Path file =
        write(
            dir,
            "codes.xml",
            census(
                2026,
                child("K1", "M", "2015-01-01", referral("2025-05-01", "")).replace("WBRI", "XXXX")
                    + k2Child
                    + child("K3", "M", "2016-01-01", referral("2025-05-01", ""))
                        .replace("N1", "N10")));

    Outcome out = ingest.run(AS_AT, file);
    long s = out.snapshotId();

    assertFindings(
        out,
        tuple(1L, "K1", "Ethnicity", "XXXX", "UNKNOWN_CODE", ERROR),
        tuple(2L, "K2", "UPN", "12345", "UPN_FORMAT", QUERY),
        tuple(2L, "K2", "UPNunknown", "UN9", "UNKNOWN_CODE", QUERY),
        tuple(2L, "K2", "Disability", "FOO", "UNKNOWN_CODE", ERROR),
        tuple(2L, "K2", "Disability", "HEAR", "DUPLICATE_CODE", QUERY),
        tuple(2L, "K2", "ReferralSource", "11", "UNKNOWN_CODE", ERROR),
        tuple(2L, "K2", "AssessmentFactors", "99Z", "UNKNOWN_CODE", ERROR),
        tuple(2L, "K2", "ICPCnotRequired", "Y", "UNKNOWN_CODE", ERROR),
        tuple(2L, "K2", "InitialCategoryOfAbuse", "ABC", "UNKNOWN_CODE", ERROR),
        tuple(3L, "K3", "PrimaryNeedCode", "N10", "UNKNOWN_CODE", ERROR));
    assertThat(
            ingest.rows(
                "select child_id, upn, upn_unknown from child where snapshot_id = :s order by 1",
                s))
        .containsExactly("K2|null|null", "K3|null|null");
    assertThat(ingest.rows("select disability from child_disability where snapshot_id = :s", s))
        .containsExactly("HEAR");
    assertThat(ingest.rows("select referral_id from referral where snapshot_id = :s", s))
        .containsExactly("K2/2025-06-01/1");
    assertThat(ingest.rows("select factor from assessment_factor where snapshot_id = :s", s))
        .containsExactly("2B");
    assertThat(ingest.count("section47", s) + ingest.count("cp_plan", s)).isZero();
  }

  /**
   * IDs are trimmed and upper-cased; a blank or missing ID, or one with a space inside, keeps the
   * child out. An element the census does not have is reported once per file.
   */
  @Test
  void childIdsAreNormalisedAndAChildWithoutAUsableIdIsKeptOut() throws Exception {
    String nickname = "<LAchildID>  ab12 </LAchildID><Nickname>Bob</Nickname>";
    Path file =
        write(
            dir,
            "ids.xml",
            census(
                2026,
                child("X", "F", "2015-01-01", referral("2025-05-01", ""))
                        .replace("<LAchildID>X</LAchildID>", nickname)
                    + child("xy-7", "M", "2015-01-01", referral("2025-05-01", ""))
                        .replace("</LAchildID>", "</LAchildID><Nickname>Al</Nickname>")
                    + child("   ", "M", "2015-01-01", referral("2025-05-01", ""))
                    + child("X", "M", "2015-01-01", "").replace("<LAchildID>X</LAchildID>", "")
                    + child("AB 12", "M", "2015-01-01", referral("2025-05-01", ""))));

    Outcome out = ingest.run(AS_AT, file);

    assertFindings(
        out,
        tuple(1L, "AB12", "Nickname", null, "UNKNOWN_ELEMENT", QUERY),
        tuple(3L, null, "LAchildID", null, "CHILD_ID_MISSING", ERROR),
        tuple(4L, null, "LAchildID", null, "CHILD_ID_MISSING", ERROR),
        tuple(5L, null, "LAchildID", "AB 12", "CHILD_ID_FORMAT", ERROR));
    assertThat(
            ingest.rows(
                "select child_id from referral where snapshot_id = :s order by 1",
                out.snapshotId()))
        .containsExactly("AB12", "XY-7");
  }

  /**
   * 2024-25 is the census in which Sex replaced GenderCurrent: GenderCurrent 2 is still read, as F,
   * with a query. In 2025-26 GenderCurrent is not part of the census: the child is out.
   */
  @Test
  void genderCurrentIsReadIn2024To25AndRefusedIn2025To26() throws Exception {
    String gender2 = child("G1", "F", "2015-01-01", referral("2024-05-01", ""));
    Path y2025 =
        write(
            dir,
            "y2025.xml",
            census(
                2025,
                gender2.replace("<Sex>F</Sex>", "<GenderCurrent>2</GenderCurrent>")
                    + child("G2", "M", "2015-01-01", referral("2024-05-01", ""))));
    Path y2026 =
        write(
            dir,
            "y2026.xml",
            census(
                2026,
                child("H1", "M", "2015-01-01", referral("2025-05-01", ""))
                        .replace("<Sex>M</Sex>", "<GenderCurrent>1</GenderCurrent>")
                    + child("H2", "F", "2015-01-01", referral("2025-05-01", ""))));

    Outcome old = ingest.run(LocalDate.of(2025, 3, 31), y2025);
    Outcome current = ingest.run(AS_AT, y2026);

    assertFindings(old, tuple(1L, "G1", "GenderCurrent", "2", "GENDER_CURRENT_REPLACED", QUERY));
    assertThat(
            ingest.rows(
                "select child_id, sex from child where snapshot_id = :s order by 1",
                old.snapshotId()))
        .containsExactly("G1|F", "G2|M");
    assertFindings(current, tuple(1L, "H1", "GenderCurrent", "1", "FIELD_NOT_IN_YEAR", ERROR));
    assertThat(
            ingest.rows(
                "select child_id, sex from child where snapshot_id = :s", current.snapshotId()))
        .containsExactly("H2|F");
  }
}
