package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 2990: "Activity is recorded against a case marked as ‘Case closed after assessment, no further
 * action’ or 'case closed after assessment, referred to early help'. (ERROR)"
 */
class Rule2990Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anEpisodeClosedAfterAssessmentWithOnlyTheAssessmentPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReasonForClosure>RC8</ReasonForClosure>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule2990(), child)).isEmpty();
  }

  @Test
  void anEpisodeClosedForAnotherReasonMayHavePlans() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReasonForClosure>RC7</ReasonForClosure>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule2990(), child)).isEmpty();
  }

  @Test
  void anEpisodeReferredToEarlyHelpWithAnEnquiryAndAPlanFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReasonForClosure>RC9</ReasonForClosure>
            <DateOfInitialCPC>2025-05-20</DateOfInitialCPC>
            <Section47>
            <S47ActualStartDate>2025-05-10</S47ActualStartDate>
            </Section47>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule2990(), child)))
        .containsExactly(
            "CINdetails:2:ReasonForClosure",
            "CINdetails:2:DateOfInitialCPC",
            "Section47:5:S47ActualStartDate",
            "CINPlanDates:8:CINPlanStartDate");
  }
}
