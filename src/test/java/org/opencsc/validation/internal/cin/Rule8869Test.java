package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8869: "The assessment factors code “21” cannot be used in conjunction with any other assessment
 * factors. (ERROR)"
 */
class Rule8869Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void code21AlonePasses() {
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
    assertThat(census.check(new Rule8869(), child)).isEmpty();
  }

  @Test
  void code21WithAnotherFactorFails() {
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
            <AssessmentFactors>2A</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8869(), child)))
        .containsExactlyInAnyOrder(
            "AssessmentFactors:7:AssessmentFactors", "AssessmentFactors:8:AssessmentFactors");
  }
}
