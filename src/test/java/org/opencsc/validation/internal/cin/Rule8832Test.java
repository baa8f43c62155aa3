package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8832: "Child Protection details provided for a referral with no further action. (ERROR)" */
class Rule8832Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanOfAReferralGoingOnPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReferralNFA>false</ReferralNFA>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8832(), child)).isEmpty();
  }

  @Test
  void aPlanOfANoFurtherActionReferralFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReferralNFA>true</ReferralNFA>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8832(), child)))
        .containsExactlyInAnyOrder(
            "CINdetails:3:ReferralNFA", "ChildProtectionPlans:5:CPPstartDate");
  }
}
