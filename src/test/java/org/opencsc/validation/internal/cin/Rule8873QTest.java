package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8873Q: "Please check and either amend data or provide a reason: When there is only one assessment
 * on the episode and the factors code “21 No factors identified” has been used for the completed
 * assessment, the reason for closure ‘RC8’ or 'RC9' should be used. (QUERY)"
 */
class Rule8873QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void noFactorsAndClosedAfterAssessmentPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReasonForClosure>RC9</ReasonForClosure>
            <Assessments>
            <AssessmentAuthorisationDate>2025-05-10</AssessmentAuthorisationDate>
            <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>21</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8873Q(), child)).isEmpty();
  }

  @Test
  void noFactorsAndAnotherReasonFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReasonForClosure>RC7</ReasonForClosure>
            <Assessments>
            <AssessmentAuthorisationDate>2025-05-10</AssessmentAuthorisationDate>
            <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>21</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8873Q(), child)))
        .containsExactlyInAnyOrder(
            "CINdetails:3:ReasonForClosure", "AssessmentFactors:8:AssessmentFactors");
  }
}
