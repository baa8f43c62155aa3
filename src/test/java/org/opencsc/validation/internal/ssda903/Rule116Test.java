package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 116: "Date of Local Authority's (LA) decision that a child should no longer be placed for
 * adoption is not a valid date."
 */
class Rule116Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table(
            "PlacedAdoption",
            "CHILD,DATE_PLACED_CEASED",
            "1,01/05/2025",
            "1,",
            "2,31/02/2025",
            "3,01/05/25");
  }

  @Test
  void aValidDateOrBlankPasses() {
    assertThat(fixture().check(new Rule116(), "1")).isEmpty();
  }

  @Test
  void anImpossibleOrShortDateFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule116(), "2")))
        .containsExactly("PlacedAdoption:4:DATE_PLACED_CEASED");
    assertThat(flagged(f.check(new Rule116(), "3")))
        .containsExactly("PlacedAdoption:5:DATE_PLACED_CEASED");
  }
}
