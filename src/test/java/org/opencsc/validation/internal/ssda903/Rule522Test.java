package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 522: "Date of decision that the child should be placed for adoption must be on or before the date
 * that a child should no longer be placed for adoption."
 */
class Rule522Test {
  @Test
  void aDecisionOnOrBeforeItCeasedPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED,DATE_PLACED_CEASED",
                "1,01/05/2025,01/05/2025",
                "1,01/06/2025,");
    assertThat(f.check(new Rule522(), "1")).isEmpty();
  }

  @Test
  void aDecisionThatCeasedBeforeItWasMadeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED,DATE_PLACED_CEASED",
                "1,01/05/2025,30/04/2025");
    assertThat(flagged(f.check(new Rule522(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED", "PlacedAdoption:2:DATE_PLACED_CEASED");
  }
}
