package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 529: "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2
 * and U1 to U6 as these placements cannot be provided by other public organisations."
 */
class Rule529Test {
  @Test
  void otherPublicProvisionOfAHospitalPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,R2,PR3");
    assertThat(f.check(new Rule529(), "1")).isEmpty();
  }

  @Test
  void otherPublicProvisionOfFosterCareFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,PLACE,PLACE_PROVIDER", "1,U3,PR3");
    assertThat(flagged(f.check(new Rule529(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:PLACE_PROVIDER");
  }
}
