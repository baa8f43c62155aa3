package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8630: "CIN Closure Date is before CIN Referral Date for the same CIN episode (ERROR)" */
class Rule8630Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void closureOnTheReferralDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <CINclosureDate>2025-05-01</CINclosureDate>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8630(), child)).isEmpty();
  }

  @Test
  void closureBeforeReferralFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <CINclosureDate>2025-04-30</CINclosureDate>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8630(), child)))
        .containsExactlyInAnyOrder("CINdetails:3:CINreferralDate", "CINdetails:3:CINclosureDate");
  }
}
