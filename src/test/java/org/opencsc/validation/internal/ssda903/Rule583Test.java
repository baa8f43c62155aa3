package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 583: "More than one date the child should be placed for adoption has been reported, but an
 * earlier decision has not been revoked. Check that both dates are required and add in the date the
 * earlier decision was revoked. Note this may be in a previous year."
 */
class Rule583Test {
  @Test
  void onlyTheLatestDecisionOpenPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED,DATE_PLACED_CEASED",
                "1,01/05/2025,01/06/2025",
                "1,01/07/2025,");
    assertThat(f.check(new Rule583(), "1")).isEmpty();
  }

  @Test
  void anEarlierDecisionStillOpenFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED,DATE_PLACED_CEASED",
                "1,01/05/2025,",
                "1,01/07/2025,01/08/2025");
    assertThat(flagged(f.check(new Rule583(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED", "PlacedAdoption:2:DATE_PLACED_CEASED");
  }
}
