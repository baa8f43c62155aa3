package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4001: "A CIN Plan cannot run concurrently with a Child Protection Plan (ERROR)" */
class Rule4001Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anOpenProtectionPlanAfterAnEndedCinPlanPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate>2025-06-01</CINPlanEndDate>
            </CINPlanDates>
            <ChildProtectionPlans>
            <CPPstartDate>2025-06-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4001(), child)).isEmpty();
  }

  @Test
  void bothPlansOpenFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            </CINPlanDates>
            <ChildProtectionPlans>
            <CPPstartDate>2025-06-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4001(), child)))
        .containsExactly("ChildProtectionPlans:6:CPPendDate", "CINPlanDates:3:CINPlanEndDate");
  }
}
