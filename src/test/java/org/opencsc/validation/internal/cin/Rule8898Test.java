package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8898: "The assessment has more than one parental or child factors with the same code (ERROR)" */
class Rule8898Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void differentFactorsPass() {
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
            <AssessmentFactors>3A</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8898(), child)).isEmpty();
  }

  @Test
  void aRepeatedFactorFails() {
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
            <AssessmentFactors>3A</AssessmentFactors>
            <AssessmentFactors>2A</AssessmentFactors>
            </FactorsIdentifiedAtAssessment>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8898(), child)))
        .containsExactlyInAnyOrder("AssessmentFactors:9:AssessmentFactors");
  }
}
