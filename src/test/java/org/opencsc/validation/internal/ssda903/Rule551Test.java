package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 551: "Child has been placed for adoption but there is no date of the decision that the child
 * should be placed for adoption."
 */
class Rule551Test {
  @Test
  void aPlacementWithADecisionDatePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/06/2025,A3")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/05/2025");
    assertThat(f.check(new Rule551(), "1")).isEmpty();
  }

  @Test
  void aPlacementWithoutADecisionDateFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/05/2025,U1", "1,01/06/2025,A5")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,");
    assertThat(flagged(f.check(new Rule551(), "1"))).containsExactly("Episodes:3:PLACE");
  }
}
