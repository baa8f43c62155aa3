package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 446: "E1 is not a valid code for episodes starting before December 2005." */
class Rule446Test {

  @Test
  void aPlacementOrderFromDecember2005Passes() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,DECOM,LS", "1,01/12/2005,E1");
    assertThat(f.check(new Rule446(), "1")).isEmpty();
  }

  @Test
  void anEarlierPlacementOrderFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,DECOM,LS", "1,30/11/2005,E1");
    assertThat(flagged(f.check(new Rule446(), "1")))
        .containsExactly("Episodes:2:LS", "Episodes:2:DECOM");
  }
}
