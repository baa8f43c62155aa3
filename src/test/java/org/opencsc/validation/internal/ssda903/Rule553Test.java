package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 553: "Placement order has been granted but there is no date of decision that the child should be
 * placed for adoption."
 */
class Rule553Test {
  @Test
  void aPlacementOrderWithADecisionPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,LS,DEC", "1,01/06/2025,E1,")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "1,01/05/2025,,");
    assertThat(f.check(new Rule553(), "1")).isEmpty();
  }

  @Test
  void aPlacementOrderWithoutADecisionFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,DECOM,LS,DEC", "1,01/06/2025,E1,");
    assertThat(flagged(f.check(new Rule553(), "1"))).containsExactly("Episodes:2:LS");
  }

  @Test
  void aCeasedDecisionDuringAnOpenPlacementOrderFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,LS,DEC", "1,01/06/2025,E1,")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "1,01/05/2025,01/07/2025,");
    assertThat(flagged(f.check(new Rule553(), "1")))
        .containsExactly(
            "PlacedAdoption:2:DATE_PLACED_CEASED", "PlacedAdoption:2:REASON_PLACED_CEASED");
  }
}
