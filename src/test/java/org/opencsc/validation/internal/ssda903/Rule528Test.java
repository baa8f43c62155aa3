package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 528: "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5." */
class Rule528Test {
  @Test
  void otherCouncilFosterCarePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,U1,PR2");
    assertThat(f.check(new Rule528(), "1")).isEmpty();
  }

  @Test
  void otherCouncilWithParentsFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,P1,PR2");
    assertThat(flagged(f.check(new Rule528(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:PLACE_PROVIDER");
  }
}
