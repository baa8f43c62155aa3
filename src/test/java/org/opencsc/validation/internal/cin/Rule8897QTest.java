package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8897Q: "Parental or child factors at assessment information is missing from a completed
 * assessment (QUERY)"
 */
class Rule8897QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aCompletedAssessmentWithFactorsPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentAuthorisationDate>2025-05-10</AssessmentAuthorisationDate>
            <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>21</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8897Q(), child)).isEmpty();
  }

  @Test
  void aCompletedAssessmentWithoutFactorsFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentAuthorisationDate>2025-05-10</AssessmentAuthorisationDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8897Q(), child)))
        .containsExactlyInAnyOrder(
            "Assessments:4:AssessmentAuthorisationDate", "Assessments:4:AssessmentFactors");
  }
}
