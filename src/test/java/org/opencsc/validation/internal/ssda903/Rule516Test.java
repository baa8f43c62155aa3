package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 516: "The episode data submitted for this child does not show that he/she was with their former
 * foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the child
 * must have a placement code of U1 to U6."
 */
class Rule516Test {

  @Test
  void anOrderFromAFosterPlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,REC,PLACE", "1,E45,U3");
    assertThat(f.check(new Rule516(), "1")).isEmpty();
  }

  @Test
  void anOrderToFormerFosterCarersFromAnotherPlacementFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,REC,PLACE", "1,E46,K2");
    assertThat(flagged(f.check(new Rule516(), "1")))
        .containsExactly("Episodes:2:REC", "Episodes:2:PLACE");
  }
}
