package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 525: "A child for whom the decision to be placed for adoption has been reversed cannot be adopted
 * during the year."
 */
class Rule525Test {
  @Test
  void aReversedDecisionWithoutAdoptionDetailsPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED", "1,01/06/2025")
            .table("AD1", "CHILD,DATE_INT,DATE_MATCH,LS_ADOPTR", "1,,,");
    assertThat(f.check(new Rule525(), "1")).isEmpty();
  }

  @Test
  void aReversedDecisionWithAdoptionDetailsFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED", "1,01/06/2025")
            .table("AD1", "CHILD,DATE_INT,DATE_MATCH,LS_ADOPTR", "1,,01/07/2025,L0");
    assertThat(flagged(f.check(new Rule525(), "1")))
        .containsExactly(
            "PlacedAdoption:2:DATE_PLACED_CEASED", "AD1:2:DATE_MATCH", "AD1:2:LS_ADOPTR");
  }
}
