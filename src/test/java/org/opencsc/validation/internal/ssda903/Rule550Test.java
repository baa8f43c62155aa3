package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 550: "A placement provider code of PR0 can only be associated with placement P1." */
class Rule550Test {
  @Test
  void parentsWithPlacementWithParentsPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,P1,PR0");
    assertThat(f.check(new Rule550(), "1")).isEmpty();
  }

  @Test
  void parentsAsProviderOfFosterCareFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,U1,PR0");
    assertThat(flagged(f.check(new Rule550(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:PLACE_PROVIDER");
  }
}
