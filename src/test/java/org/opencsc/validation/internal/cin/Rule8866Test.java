package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8866: "Source of Referral is missing or an invalid code (ERROR)" */
class Rule8866Test {

  private final CinFixture census = CinFixture.of("2025-26", (field, code) -> !code.equals("11"));

  @Test
  void aListedSourcePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReferralSource>1A</ReferralSource>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8866(), child)).isEmpty();
  }

  @Test
  void aMissingOrUnlistedSourceFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            </CINdetails>
            <CINdetails>
            <ReferralSource>11</ReferralSource>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8866(), child)))
        .containsExactlyInAnyOrder("CINdetails:3:ReferralSource", "CINdetails:6:ReferralSource");
  }
}
