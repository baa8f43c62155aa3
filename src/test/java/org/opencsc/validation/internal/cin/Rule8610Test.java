package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8610: "Primary Need code is missing for a referral which led to further action. (ERROR)" */
class Rule8610Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void furtherActionWithANeedCodePasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReferralNFA>false</ReferralNFA>
            <PrimaryNeedCode>N1</PrimaryNeedCode>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8610(), child)).isEmpty();
  }

  @Test
  void noFurtherActionNeedsNoCode() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReferralNFA>true</ReferralNFA>
            <ReferralSource>1A</ReferralSource>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8610(), child)).isEmpty();
  }

  @Test
  void furtherActionWithoutANeedCodeFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReferralNFA>0</ReferralNFA>
            <ReferralSource>1A</ReferralSource>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8610(), child)))
        .containsExactly("CINdetails:2:PrimaryNeedCode", "CINdetails:2:ReferralNFA");
  }
}
