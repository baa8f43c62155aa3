package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4000: "CIN Plan details provided for a referral with no further action (ERROR)" */
class Rule4000Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanAfterAReferralWithFurtherActionPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReferralNFA>false</ReferralNFA>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4000(), child)).isEmpty();
  }

  @Test
  void aPlanAfterAReferralWithNoFurtherActionFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReferralNFA>1</ReferralNFA>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4000(), child)))
        .containsExactly("CINdetails:2:ReferralNFA", "CINPlanDates:4:CINPlanStartDate");
  }
}
