package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8950Q: "Please check and either amend data or provide a reason: the assessment factors code '19A'
 * should not be used ('19B' or '19C' should be used instead) (QUERY)"
 */
class Rule8950QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void code19cPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentAuthorisationDate>2025-05-10</AssessmentAuthorisationDate>
            <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>19C</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8950Q(), child)).isEmpty();
  }

  @Test
  void code19aFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentAuthorisationDate>2025-05-10</AssessmentAuthorisationDate>
            <FactorsIdentifiedAtAssessment>
            <AssessmentFactors>19A</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8950Q(), child)))
        .containsExactlyInAnyOrder("AssessmentFactors:7:AssessmentFactors");
  }
}
