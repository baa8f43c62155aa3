package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 4016: "A CIN Plan has been reported as open at the same time as a Child Protection Plan. (ERROR)"
 */
class Rule4016Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aCinPlanStartingTheDayTheProtectionPlanEndsPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            <CPPendDate>2025-06-01</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-06-01</CINPlanStartDate>
            <CINPlanEndDate></CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4016(), child)).isEmpty();
  }

  @Test
  void aCinPlanStartingDuringAnOpenProtectionPlanFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            <CPPendDate></CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-06-01</CINPlanStartDate>
            <CINPlanEndDate></CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4016(), child)))
        .containsExactly(
            "CINPlanDates:9:CINPlanStartDate",
            "ChildProtectionPlans:3:CPPstartDate",
            "ChildProtectionPlans:3:CPPendDate");
  }
}
