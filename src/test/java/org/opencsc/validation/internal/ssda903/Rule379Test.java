package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 379: "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days."
 */
class Rule379Test {

  @Test
  void aShortEnoughOrOpenPlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,PLACE",
                "1,01/05/2025,08/05/2025,T4",
                "1,01/01/2026,,T4");
    assertThat(f.check(new Rule379(), "1")).isEmpty();
  }

  @Test
  void aLongerPlacementFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,PLACE", "1,01/05/2025,09/05/2025,T4");
    assertThat(flagged(f.check(new Rule379(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:DEC");
  }
}
