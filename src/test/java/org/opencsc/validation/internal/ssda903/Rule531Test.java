package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 531: "A placement provider code of PR5 cannot be associated with placements P1." */
class Rule531Test {
  @Test
  void voluntaryProvisionOfFosterCarePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,U4,PR5");
    assertThat(f.check(new Rule531(), "1")).isEmpty();
  }

  @Test
  void voluntaryProvisionWithParentsFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,P1,PR5");
    assertThat(flagged(f.check(new Rule531(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:PLACE_PROVIDER");
  }
}
