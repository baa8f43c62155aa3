package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4011: "CIN Plan End Date earlier than Start Date (ERROR)" */
class Rule4011Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanEndingOnItsStartDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate>2025-05-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4011(), child)).isEmpty();
  }

  @Test
  void aPlanEndingBeforeItStartsFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate>2025-04-30</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4011(), child)))
        .containsExactly("CINPlanDates:3:CINPlanEndDate", "CINPlanDates:3:CINPlanStartDate");
  }
}
