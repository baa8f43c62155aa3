package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 4012Q: "Please check and either amend or provide a reason: CIN Plan shown as starting and ending
 * on the same day (QUERY)"
 */
class Rule4012QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanLastingADayPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate>2025-05-02</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4012Q(), child)).isEmpty();
  }

  @Test
  void aPlanEndingOnItsStartDateIsQueried() {
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
    assertThat(flagged(census.check(new Rule4012Q(), child)))
        .containsExactly("CINPlanDates:3:CINPlanStartDate", "CINPlanDates:3:CINPlanEndDate");
  }
}
