package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8608: "Assessment Start Date cannot be later than its End Date (ERROR)" */
class Rule8608Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anAssessmentAuthorisedTheDayItStartedPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            <AssessmentAuthorisationDate>2025-05-01</AssessmentAuthorisationDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8608(), child)).isEmpty();
  }

  @Test
  void anAssessmentAuthorisedBeforeItStartedFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            <AssessmentAuthorisationDate>2025-04-30</AssessmentAuthorisationDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8608(), child)))
        .containsExactly(
            "Assessments:3:AssessmentActualStartDate", "Assessments:3:AssessmentAuthorisationDate");
  }
}
