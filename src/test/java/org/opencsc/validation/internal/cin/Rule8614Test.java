package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8614: "Parental or child factors at assessment should only be present for a completed assessment.
 * (ERROR)"
 */
class Rule8614Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void completedAssessmentWithFactorsPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentAuthorisationDate>2025-06-01</AssessmentAuthorisationDate>
            <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>2A</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8614(), child)).isEmpty();
  }

  @Test
  void openAssessmentWithFactorsFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate>
            <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>2A</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8614(), child)))
        .containsExactlyInAnyOrder(
            "Assessments:4:AssessmentAuthorisationDate", "AssessmentFactors:7:AssessmentFactors");
  }
}
