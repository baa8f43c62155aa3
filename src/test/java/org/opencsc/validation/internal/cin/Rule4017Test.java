package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 4017: "A CIN Plan has been reported as open at the same time as a Child Protection Plan. (ERROR)"
 */
class Rule4017Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aProtectionPlanStartingTheDayTheCinPlanEndsPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-06-01</CPPstartDate>
            <CPPendDate></CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate>2025-06-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4017(), child)).isEmpty();
  }

  @Test
  void aProtectionPlanStartingDuringACinPlanFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-15</CPPstartDate>
            <CPPendDate></CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate>2025-06-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4017(), child)))
        .containsExactly(
            "ChildProtectionPlans:3:CPPstartDate",
            "CINPlanDates:9:CINPlanStartDate",
            "CINPlanDates:9:CINPlanEndDate");
  }
}
