package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 552: "Date of Decision to place a child for adoption should be on or prior to the date that the
 * child was placed for adoption."
 */
class Rule552Test {
  @Test
  void aDecisionBeforeThePlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/06/2025,A3")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/06/2025");
    assertThat(f.check(new Rule552(), "1")).isEmpty();
  }

  @Test
  void aLatestDecisionAfterTheFirstAdoptionPlacementFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/08/2025,A4", "1,01/06/2025,A3")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/05/2025", "1,01/07/2025");
    assertThat(flagged(f.check(new Rule552(), "1")))
        .containsExactly("PlacedAdoption:3:DATE_PLACED", "Episodes:3:DECOM");
  }
}
