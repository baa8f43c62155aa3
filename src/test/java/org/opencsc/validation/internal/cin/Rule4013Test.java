package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4013: "CIN Plan end date must fall within the census year (ERROR)" */
class Rule4013Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anEndInTheCensusYearPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-01-01</CINPlanStartDate>
            <CINPlanEndDate>2025-04-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4013(), child)).isEmpty();
  }

  @Test
  void anEndBeforeTheCensusYearFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-01-01</CINPlanStartDate>
            <CINPlanEndDate>2025-03-31</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4013(), child)))
        .containsExactly("CINPlanDates:3:CINPlanEndDate");
  }

  @Test
  void anEndAfterTheReferenceDateFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-01-01</CINPlanStartDate>
            <CINPlanEndDate>2026-04-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4013(), child)))
        .containsExactly("CINPlanDates:3:CINPlanEndDate");
  }
}
