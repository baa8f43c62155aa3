package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8640: "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)
 * (ERROR)"
 */
class Rule8640Test {

  private final CinFixture census =
      CinFixture.of("2025-26", (field, code) -> code.matches("RC[1-9]"));

  @Test
  void aListedReasonPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReasonForClosure>RC8</ReasonForClosure>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8640(), child)).isEmpty();
  }

  @Test
  void anUnlistedReasonFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReasonForClosure>RC0</ReasonForClosure>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8640(), child)))
        .containsExactlyInAnyOrder("CINdetails:3:ReasonForClosure");
  }
}
