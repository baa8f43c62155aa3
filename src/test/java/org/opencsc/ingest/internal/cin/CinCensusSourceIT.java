package org.opencsc.ingest.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.ingest.internal.cin.CinXml.census;
import static org.opencsc.ingest.internal.cin.CinXml.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencsc.ingest.internal.cin.CinIngest.Outcome;

/**
 * The CIN census source on tiny hand-written files, each staged, transformed and attached to a
 * snapshot of a real database; the expected rows and findings are worked out by hand in comments.
 */
class CinCensusSourceIT {

  static final LocalDate AS_AT = LocalDate.of(2026, 3, 31);

  static final CinIngest ingest = CinIngest.onTestDatabase();

  @TempDir Path dir;

  /**
   * Three children. C1: police referral, assessment with two factors, section 47 with a conference
   * that made a plan, the plan with one review. C2: a referral closed after assessment (factor 21),
   * then a second referral with an open CIN plan and pre-proceedings (accepted, not read). C3:
   * unborn, a referral with no further action.
   */
  static final String CLEAN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Message>
        <Header>
          <CollectionDetails>
            <Collection>CIN</Collection>
            <Year>2026</Year>
            <ReferenceDate>2026-03-31</ReferenceDate>
          </CollectionDetails>
          <Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source>
        </Header>
        <Children>
          <Child>
            <ChildIdentifiers>
              <LAchildID>C1</LAchildID>
              <UPN>A12345678901B</UPN>
              <PersonBirthDate>2019-02-01</PersonBirthDate>
              <Sex>M</Sex>
            </ChildIdentifiers>
            <ChildCharacteristics>
              <Ethnicity>MWBC</Ethnicity>
              <Disabilities><Disability>NONE</Disability></Disabilities>
            </ChildCharacteristics>
            <CINdetails>
              <CINreferralDate>2025-05-01</CINreferralDate>
              <ReferralSource>6</ReferralSource>
              <PrimaryNeedCode>N1</PrimaryNeedCode>
              <DateOfInitialCPC>2025-05-20</DateOfInitialCPC>
              <Assessments>
                <AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate>
                <AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate>
                <FactorsIdentifiedAtAssessment>
                  <AssessmentFactors>3A</AssessmentFactors>
                  <AssessmentFactors>4B</AssessmentFactors>
                </FactorsIdentifiedAtAssessment>
              </Assessments>
              <Section47>
                <S47ActualStartDate>2025-05-03</S47ActualStartDate>
                <InitialCPCtarget>2025-05-23</InitialCPCtarget>
                <DateOfInitialCPC>2025-05-20</DateOfInitialCPC>
                <ICPCnotRequired>0</ICPCnotRequired>
              </Section47>
              <ReferralNFA>0</ReferralNFA>
              <ChildProtectionPlans>
                <CPPstartDate>2025-05-20</CPPstartDate>
                <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
                <NumberOfPreviousCPP>1</NumberOfPreviousCPP>
                <Reviews><CPPreviewDate>2025-08-20</CPPreviewDate></Reviews>
              </ChildProtectionPlans>
            </CINdetails>
          </Child>
          <Child>
            <ChildIdentifiers>
              <LAchildID>C2</LAchildID>
              <UPNunknown>UN2</UPNunknown>
              <PersonBirthDate>2012-09-09</PersonBirthDate>
              <Sex>F</Sex>
            </ChildIdentifiers>
            <ChildCharacteristics>
              <Ethnicity>WBRI</Ethnicity>
              <Disabilities><Disability>LD</Disability><Disability>AUT</Disability></Disabilities>
            </ChildCharacteristics>
            <CINdetails>
              <CINreferralDate>2025-04-10</CINreferralDate>
              <ReferralSource>2A</ReferralSource>
              <PrimaryNeedCode>N4</PrimaryNeedCode>
              <CINclosureDate>2025-06-01</CINclosureDate>
              <ReasonForClosure>RC8</ReasonForClosure>
              <Assessments>
                <AssessmentActualStartDate>2025-04-11</AssessmentActualStartDate>
                <AssessmentAuthorisationDate>2025-05-20</AssessmentAuthorisationDate>
                <FactorsIdentifiedAtAssessment>
                  <AssessmentFactors>21</AssessmentFactors>
                </FactorsIdentifiedAtAssessment>
              </Assessments>
              <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            <CINdetails>
              <CINreferralDate>2025-09-01</CINreferralDate>
              <ReferralSource>3A</ReferralSource>
              <PrimaryNeedCode>N2</PrimaryNeedCode>
              <CINPlanDates><CINPlanStartDate>2025-09-20</CINPlanStartDate></CINPlanDates>
              <ReferralNFA>0</ReferralNFA>
              <PreProceedingsandFGDM><PPStartDate>2025-10-01</PPStartDate></PreProceedingsandFGDM>
            </CINdetails>
          </Child>
          <Child>
            <ChildIdentifiers>
              <LAchildID>C3</LAchildID>
              <UPNunknown>UN7</UPNunknown>
              <ExpectedPersonBirthDate>2026-06-01</ExpectedPersonBirthDate>
              <Sex>U</Sex>
            </ChildIdentifiers>
            <ChildCharacteristics><Ethnicity>NOBT</Ethnicity></ChildCharacteristics>
            <CINdetails>
              <CINreferralDate>2026-01-10</CINreferralDate>
              <ReferralSource>3B</ReferralSource>
              <PrimaryNeedCode>N9</PrimaryNeedCode>
              <CINclosureDate>2026-01-12</CINclosureDate>
              <ReasonForClosure>RC7</ReasonForClosure>
              <ReferralNFA>1</ReferralNFA>
            </CINdetails>
          </Child>
        </Children>
      </Message>
      """;

  @Test
  void aCleanFileLoadsEveryRecordWithItsOriginAndNoFindings() throws Exception {
    Outcome out = ingest.run(AS_AT, write(dir, "census.xml", CLEAN));
    long s = out.snapshotId();

    assertThat(out.findings()).isEmpty();
    assertThat(out.refused()).isEmpty();
    assertThat(
            ingest.rows(
                "select child_id, sex, person_birth_date, expected_person_birth_date, ethnicity,"
                    + " upn, upn_unknown, source_file, source_row from child"
                    + " where snapshot_id = :s order by child_id",
                s))
        .containsExactly(
            "C1|M|2019-02-01|null|MWBC|A12345678901B|null|census.xml|1",
            "C2|F|2012-09-09|null|WBRI|null|UN2|census.xml|2",
            "C3|U|null|2026-06-01|NOBT|null|UN7|census.xml|3");
    assertThat(
            ingest.rows(
                "select child_id || ' ' || disability from child_disability"
                    + " where snapshot_id = :s order by 1",
                s))
        .containsExactly("C1 NONE", "C2 AUT", "C2 LD");
    assertThat(
            ingest.rows(
                "select referral_id, referral_source, primary_need_code, cin_closure_date,"
                    + " reason_for_closure, referral_nfa, source_row from referral"
                    + " where snapshot_id = :s order by referral_id",
                s))
        .containsExactly(
            "C1/2025-05-01/1|6|N1|null|null|f|1",
            "C2/2025-04-10/1|2A|N4|2025-06-01|RC8|f|2",
            "C2/2025-09-01/1|3A|N2|null|null|f|2",
            "C3/2026-01-10/1|3B|N9|2026-01-12|RC7|t|3");
    assertThat(
            ingest.rows(
                "select a.assessment_id, a.assessment_authorisation_date,"
                    + " string_agg(f.factor, ' ' order by f.factor)"
                    + " from assessment a join assessment_factor f using (snapshot_id, assessment_id)"
                    + " where a.snapshot_id = :s group by 1, 2 order by 1",
                s))
        .containsExactly(
            "C1/2025-05-01/1/A/2025-05-02/1|2025-06-10|3A 4B",
            "C2/2025-04-10/1/A/2025-04-11/1|2025-05-20|21");
    assertThat(
            ingest.rows(
                "select cin_plan_id, cin_plan_end_date from cin_plan where snapshot_id = :s", s))
        .containsExactly("C2/2025-09-01/1/N/2025-09-20/1|null");
    assertProtectionOfC1(s);
  }

  /** The enquiry, the discussion that started it, its conference, the plan and its review. */
  private static void assertProtectionOfC1(long s) {
    String s47 = "C1/2025-05-01/1/S/2025-05-03/1";
    assertThat(
            ingest.rows(
                "select section47_id, strategy_discussion_id, initial_cpc_target,"
                    + " date_of_initial_cpc, icpc_not_required, s47_end_date from section47"
                    + " where snapshot_id = :s",
                s))
        .containsExactly(s47 + "|" + s47 + "/D|2025-05-23|2025-05-20|f|null");
    assertThat(
            ingest.rows(
                "select strategy_discussion_date, section47_initiated from strategy_discussion"
                    + " where snapshot_id = :s",
                s))
        .containsExactly("2025-05-03|t");
    assertThat(
            ingest.rows(
                "select icpc_id, date_of_initial_cpc, outcome_cp_plan from icpc"
                    + " where snapshot_id = :s",
                s))
        .containsExactly(s47 + "/I|2025-05-20|t");
    assertThat(
            ingest.rows(
                "select cp_plan_id, icpc_id, cpp_end_date, initial_category_of_abuse,"
                    + " latest_category_of_abuse, number_of_previous_cpp from cp_plan"
                    + " where snapshot_id = :s",
                s))
        .containsExactly("C1/2025-05-01/1/P/2025-05-20/1|" + s47 + "/I|null|NEG|EMO|1");
    assertThat(
            ingest.rows(
                "select cp_review_id, cpp_review_date from cp_review where snapshot_id = :s", s))
        .containsExactly("C1/2025-05-01/1/P/2025-05-20/1/R/2025-08-20|2025-08-20");
  }

  @Test
  void theCensusIsRecognisedByItsContentWhateverItsNameAndGivesItsReferenceDate() throws Exception {
    Path file = write(dir, "export-from-mosaic.txt", CLEAN);

    var recognised = ingest.source.recognise(ingest.sample(file));

    assertThat(recognised).isPresent();
    assertThat(recognised.get().label()).isEqualTo("CIN census");
    assertThat(recognised.get().referenceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void otherXmlIsNotRecognisedAndAWrongRootIsRefused() throws Exception {
    Path ssda903 =
        write(dir, "cin.xml", "<?xml version=\"1.0\"?><EXPSSDA903><CHILD/></EXPSSDA903>");
    Path workforce =
        write(
            dir,
            "csww.xml",
            "<Message><Header><CollectionDetails><Collection>CSWW</Collection>"
                + "<Year>2025</Year></CollectionDetails></Header></Message>");

    assertThat(ingest.source.recognise(ingest.sample(ssda903))).isEmpty();
    assertThat(ingest.source.recognise(ingest.sample(workforce))).isEmpty();
    Outcome out = ingest.run(AS_AT, ssda903);
    assertThat(out.refused().get("cin.xml").rule()).isEqualTo("XML_WRONG_ROOT");
    assertThat(out.refused().get("cin.xml").getMessage()).contains("<EXPSSDA903>");
    assertThat(out.rowsStaged()).isZero();
  }

  @Test
  void aYearWithoutCodeListsIsRefused() throws Exception {
    Outcome out = ingest.run(AS_AT, write(dir, "old.xml", census(2020, "")));

    assertThat(out.refused().get("old.xml").rule()).isEqualTo("UNSUPPORTED_YEAR");
    assertThat(out.refused().get("old.xml").getMessage()).contains("2019-20");
  }
}
