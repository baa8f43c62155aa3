package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 4003: "A CPP review date is shown as being held at the same time as an open CIN Plan. (ERROR)"
 */
class Rule4003Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aReviewBeforeTheCinPlanPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            <CPPendDate>2025-09-01</CPPendDate>
            <Reviews>
            <CPPreviewDate>2025-08-01</CPPreviewDate>
            <CPPreviewDate>2025-09-01</CPPreviewDate>
            </Reviews>
            </ChildProtectionPlans>
            <CINPlanDates>
            <CINPlanStartDate>2025-09-01</CINPlanStartDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4003(), child)).isEmpty();
  }

  @Test
  void aReviewWhileTheCinPlanIsOpenFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            <Reviews>
            <CPPreviewDate>2025-08-01</CPPreviewDate>
            </Reviews>
            </ChildProtectionPlans>
            <CINPlanDates>
            <CINPlanStartDate>2025-07-01</CINPlanStartDate>
            <CINPlanEndDate>2025-10-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4003(), child)))
        .containsExactly(
            "Reviews:6:CPPreviewDate",
            "CINPlanDates:9:CINPlanStartDate",
            "CINPlanDates:9:CINPlanEndDate");
  }
}
