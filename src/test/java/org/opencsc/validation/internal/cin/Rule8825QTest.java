package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8825Q: "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case
 * closed after assessment) or RC9 (case closed after assessment, referred to early help) has been
 * returned but there is no assessment present for the episode. (QUERY)"
 */
class Rule8825QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void closedAfterAssessmentWithAnAssessmentPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReasonForClosure>RC8</ReasonForClosure>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8825Q(), child)).isEmpty();
  }

  @Test
  void closedAfterAssessmentWithoutOneFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReasonForClosure>RC9</ReasonForClosure>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8825Q(), child)))
        .containsExactlyInAnyOrder("CINdetails:3:ReasonForClosure");
  }
}
