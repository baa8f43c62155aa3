package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 530: "A placement provider code of PR4 cannot be associated with placement P1." */
class Rule530Test {
  @Test
  void privateProvisionOfFosterCarePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,U4,PR4");
    assertThat(f.check(new Rule530(), "1")).isEmpty();
  }

  @Test
  void privateProvisionWithParentsFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,P1,PR4");
    assertThat(flagged(f.check(new Rule530(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:PLACE_PROVIDER");
  }
}
