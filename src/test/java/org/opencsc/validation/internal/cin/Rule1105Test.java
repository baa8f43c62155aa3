package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 1105: "The child protection plan start date cannot be before the referral date (ERROR)" */
class Rule1105Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanStartingOnTheReferralDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule1105(), child)).isEmpty();
  }

  @Test
  void aPlanStartingBeforeTheReferralFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <ChildProtectionPlans>
            <CPPstartDate>2025-04-30</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule1105(), child)))
        .containsExactly("ChildProtectionPlans:4:CPPstartDate", "CINdetails:2:CINreferralDate");
  }
}
