package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8772: "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details
 * is a referral going on to further action (ERROR)"
 */
class Rule8772Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void un7WithOnlyNoFurtherActionReferralsPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <UPNunknown>UN7</UPNunknown>
            </ChildIdentifiers>
            <CINdetails>
            <ReferralNFA>1</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8772(), child)).isEmpty();
  }

  @Test
  void un7WithAReferralGoingOnFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <UPNunknown>UN7</UPNunknown>
            </ChildIdentifiers>
            <CINdetails>
            <ReferralNFA>1</ReferralNFA>
            </CINdetails>
            <CINdetails>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8772(), child)))
        .containsExactlyInAnyOrder("ChildIdentifiers:2:UPNunknown", "CINdetails:9:ReferralNFA");
  }
}
