package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8815: "More than one open CIN Details episode (a module with no CIN Closure Date) has been
 * provided for this child and case is not a referral with no further action. (ERROR)"
 */
class Rule8815Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void oneOpenEpisodeAndOpenNoFurtherActionReferralsPass() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            <CINdetails>
            <CINreferralDate>2025-06-01</CINreferralDate>
            <ReferralNFA>1</ReferralNFA>
            </CINdetails>
            <CINdetails>
            <CINreferralDate>2025-04-01</CINreferralDate>
            <CINclosureDate>2025-04-20</CINclosureDate>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8815(), child)).isEmpty();
  }

  @Test
  void twoOpenEpisodesFail() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            <CINdetails>
            <CINreferralDate>2025-06-01</CINreferralDate>
            <ReferralNFA>false</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8815(), child)))
        .containsExactlyInAnyOrder("CINdetails:3:CINclosureDate", "CINdetails:7:CINclosureDate");
  }
}
