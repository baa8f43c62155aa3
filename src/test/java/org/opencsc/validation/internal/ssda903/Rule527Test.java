package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 527: "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5." */
class Rule527Test {
  @Test
  void ownProvisionFosterCarePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,U1,PR1");
    assertThat(f.check(new Rule527(), "1")).isEmpty();
  }

  @Test
  void ownProvisionWithParentsFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,R5,PR1");
    assertThat(flagged(f.check(new Rule527(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:PLACE_PROVIDER");
  }
}
