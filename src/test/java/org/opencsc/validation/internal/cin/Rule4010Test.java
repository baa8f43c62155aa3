package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4010: "CIN Plan start date is missing or out of data collection period (ERROR)" */
class Rule4010Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanStartedBeforeTheReferenceDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2024-11-01</CINPlanStartDate>
            <CINPlanEndDate></CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4010(), child)).isEmpty();
  }

  @Test
  void aPlanWithoutAStartDateFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate></CINPlanStartDate>
            <CINPlanEndDate>2025-06-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4010(), child)))
        .containsExactly("CINPlanDates:3:CINPlanStartDate");
  }

  @Test
  void aPlanStartingAfterTheReferenceDateFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2026-04-01</CINPlanStartDate>
            <CINPlanEndDate></CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4010(), child)))
        .containsExactly("CINPlanDates:3:CINPlanStartDate");
  }
}
