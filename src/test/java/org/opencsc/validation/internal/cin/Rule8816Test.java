package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8816: "An open CIN episode is shown and case is not a referral with no further action, but it is
 * not the latest episode. (ERROR)"
 */
class Rule8816Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void theOpenEpisodeIsTheLatestPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-04-01</CINreferralDate>
            <CINclosureDate>2025-04-20</CINclosureDate>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8816(), child)).isEmpty();
  }

  @Test
  void anOpenEpisodeBeforeALaterOneFails() {
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
            <CINclosureDate>2025-06-20</CINclosureDate>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8816(), child)))
        .containsExactlyInAnyOrder("CINdetails:3:CINreferralDate", "CINdetails:7:CINreferralDate");
  }
}
