package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 579: "A new decision that the child should be placed for adoption this year cannot start when the
 * previous decision is still open. Decisions to place the child for adoption should also not
 * overlap. The date of any new decision to place the child for adoption must not be before the date
 * placed ceased of previous decisions."
 */
class Rule579Test {
  @Test
  void aNewDecisionAfterTheEarlierCeasedPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED,DATE_PLACED_CEASED",
                "1,01/05/2025,01/06/2025",
                "1,01/06/2025,");
    assertThat(f.check(new Rule579(), "1")).isEmpty();
  }

  @Test
  void aNewDecisionWhileTheEarlierIsOpenFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED,DATE_PLACED_CEASED",
                "1,01/07/2025,",
                "1,01/05/2025,");
    assertThat(flagged(f.check(new Rule579(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED", "PlacedAdoption:3:DATE_PLACED_CEASED");
  }
}
