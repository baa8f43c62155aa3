package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8820: "The dates on the CIN episodes for this child overlap (ERROR)" */
class Rule8820Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anEpisodeStartingTheDayAnotherClosesPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-04-01</CINreferralDate>
            <CINclosureDate>2025-05-01</CINclosureDate>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8820(), child)).isEmpty();
  }

  @Test
  void anEpisodeStartingWhileAnotherIsOpenFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-04-01</CINreferralDate>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <CINclosureDate>2025-06-01</CINclosureDate>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8820(), child)))
        .containsExactlyInAnyOrder(
            "CINdetails:3:CINreferralDate",
            "CINdetails:3:CINclosureDate",
            "CINdetails:7:CINreferralDate");
  }
}
