package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4015: "The CIN Plan start date cannot be before the referral date (ERROR)" */
class Rule4015Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanStartingOnTheReferralDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4015(), child)).isEmpty();
  }

  @Test
  void aPlanStartingBeforeTheReferralFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <CINPlanDates>
            <CINPlanStartDate>2025-04-30</CINPlanStartDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4015(), child)))
        .containsExactly("CINPlanDates:4:CINPlanStartDate", "CINdetails:2:CINreferralDate");
  }
}
