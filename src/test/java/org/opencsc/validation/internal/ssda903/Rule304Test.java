package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 304: "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th
 * birthday of a child."
 */
class Rule304Test {

  @Test
  void ceasingOnThe18thBirthdayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("UASC", "CHILD,DOB,DUC", "1,01/06/2007,01/06/2025");
    assertThat(f.check(new Rule304(), "1")).isEmpty();
  }

  @Test
  void ceasingAfterThe18thBirthdayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("UASC", "CHILD,DOB,DUC", "1,01/06/2007,02/06/2025");
    assertThat(flagged(f.check(new Rule304(), "1"))).containsExactly("UASC:2:DUC");
  }
}
