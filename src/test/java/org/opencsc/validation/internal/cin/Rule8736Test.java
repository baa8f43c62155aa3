package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8736: "For an Assessment that has not been completed, the start date must fall within the census
 * year (ERROR)"
 */
class Rule8736Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anOpenAssessmentStartedInTheYearPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentActualStartDate>2025-04-01</AssessmentActualStartDate>
            </Assessments>
            <Assessments>
            <AssessmentActualStartDate>2025-03-01</AssessmentActualStartDate>
            <AssessmentAuthorisationDate>2025-04-10</AssessmentAuthorisationDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8736(), child)).isEmpty();
  }

  @Test
  void anOpenAssessmentStartedLastYearFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentActualStartDate>2025-03-31</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8736(), child)))
        .containsExactlyInAnyOrder(
            "Assessments:4:AssessmentActualStartDate", "Assessments:4:AssessmentAuthorisationDate");
  }
}
