package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8810: "A CIN case cannot have a Reason for Closure without a CIN Closure Date (ERROR)" */
class Rule8810Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anOpenEpisodeWithoutAReasonPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-06-01</CINreferralDate>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8810(), child)).isEmpty();
  }

  @Test
  void aReasonWithoutAClosureFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReasonForClosure>RC7</ReasonForClosure>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8810(), child)))
        .containsExactlyInAnyOrder("CINdetails:3:ReasonForClosure", "CINdetails:3:CINclosureDate");
  }
}
