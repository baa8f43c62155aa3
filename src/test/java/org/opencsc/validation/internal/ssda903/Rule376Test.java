package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 376: "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed
 * three weeks."
 */
class Rule376Test {

  @Test
  void aShortEnoughOrOpenPlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,PLACE",
                "1,01/05/2025,22/05/2025,T3",
                "1,01/01/2026,,T3");
    assertThat(f.check(new Rule376(), "1")).isEmpty();
  }

  @Test
  void aLongerPlacementFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,PLACE", "1,01/05/2025,23/05/2025,T3");
    assertThat(flagged(f.check(new Rule376(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:DEC");
  }
}
