package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 375: "Hospitalisation coded as a temporary placement exceeds six weeks." */
class Rule375Test {

  @Test
  void aShortEnoughOrOpenPlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,PLACE",
                "1,01/05/2025,12/06/2025,T1",
                "1,01/01/2026,,T1");
    assertThat(f.check(new Rule375(), "1")).isEmpty();
  }

  @Test
  void aLongerPlacementFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,PLACE", "1,01/05/2025,13/06/2025,T1");
    assertThat(flagged(f.check(new Rule375(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:DEC");
  }
}
