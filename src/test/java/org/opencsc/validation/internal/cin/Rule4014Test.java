package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4014: "CIN Plan data contains overlapping dates (ERROR)" */
class Rule4014Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void plansOneAfterTheOtherPass() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate>2025-06-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-06-02</CINPlanStartDate>
            <CINPlanEndDate></CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4014(), child)).isEmpty();
  }

  @Test
  void aPlanStartingWhileAnotherIsOpenFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate></CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-06-02</CINPlanStartDate>
            <CINPlanEndDate>2025-07-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4014(), child)))
        .containsExactly(
            "CINPlanDates:9:CINPlanStartDate",
            "CINPlanDates:3:CINPlanStartDate",
            "CINPlanDates:3:CINPlanEndDate");
  }
}
