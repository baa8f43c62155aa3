package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8945Q: "Please check and either amend data or provide a reason: the assessment factors code '18A'
 * should not be used ('18B' or '18C' should be used instead) (QUERY)"
 */
class Rule8945QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void code18bPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentAuthorisationDate>2025-05-10</AssessmentAuthorisationDate>
            <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>18B</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8945Q(), child)).isEmpty();
  }

  @Test
  void code18aFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentAuthorisationDate>2025-05-10</AssessmentAuthorisationDate>
            <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>2A</AssessmentFactors>
            <AssessmentFactors>18A</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8945Q(), child)))
        .containsExactlyInAnyOrder("AssessmentFactors:8:AssessmentFactors");
  }
}
