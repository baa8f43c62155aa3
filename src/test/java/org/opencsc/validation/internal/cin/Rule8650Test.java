package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8650: "Primary Need Code invalid (see Primary Need table in CIN census code set) (ERROR)" */
class Rule8650Test {

  private final CinFixture census =
      CinFixture.of("2025-26", (field, code) -> code.matches("N[0-9]"));

  @Test
  void aListedNeedPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <PrimaryNeedCode>N1</PrimaryNeedCode>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8650(), child)).isEmpty();
  }

  @Test
  void anUnlistedNeedFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <PrimaryNeedCode>N10</PrimaryNeedCode>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8650(), child)))
        .containsExactlyInAnyOrder("CINdetails:3:PrimaryNeedCode");
  }
}
