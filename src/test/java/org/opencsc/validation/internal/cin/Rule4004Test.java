package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4004: "This child is showing more than one open CIN Plan, i.e. with no End Date (ERROR)" */
class Rule4004Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void oneOpenPlanPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate>2025-06-01</CINPlanEndDate>
            </CINPlanDates>
            <CINPlanDates>
            <CINPlanStartDate>2025-07-01</CINPlanStartDate>
            </CINPlanDates>
            </CINdetails>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-08-01</CINPlanStartDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4004(), child)).isEmpty();
  }

  @Test
  void twoOpenPlansInAnEpisodeFail() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            </CINPlanDates>
            <CINPlanDates>
            <CINPlanStartDate>2025-07-01</CINPlanStartDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4004(), child)))
        .containsExactly("CINPlanDates:3:CINPlanEndDate", "CINPlanDates:6:CINPlanEndDate");
  }
}
