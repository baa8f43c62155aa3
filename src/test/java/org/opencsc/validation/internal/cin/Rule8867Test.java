package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8867: "CIN episode is shown as closed, however Assessment is not shown as completed (ERROR)" */
class Rule8867Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aClosedEpisodeWithItsAssessmentCompletedPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINclosureDate>2025-06-01</CINclosureDate>
            <Assessments>
            <AssessmentAuthorisationDate>2025-05-20</AssessmentAuthorisationDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8867(), child)).isEmpty();
  }

  @Test
  void aClosedEpisodeWithAnOpenAssessmentFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINclosureDate>2025-06-01</CINclosureDate>
            <Assessments>
            <AssessmentActualStartDate>2025-05-20</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8867(), child)))
        .containsExactlyInAnyOrder(
            "CINdetails:3:CINclosureDate", "Assessments:5:AssessmentAuthorisationDate");
  }
}
