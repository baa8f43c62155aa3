package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 115: "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a
 * valid date."
 */
class Rule115Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table(
            "PlacedAdoption",
            "CHILD,DATE_PLACED",
            "1,01/05/2025",
            "1,",
            "2,31/02/2025",
            "3,01/05/25");
  }

  @Test
  void aValidDateOrBlankPasses() {
    assertThat(fixture().check(new Rule115(), "1")).isEmpty();
  }

  @Test
  void anImpossibleOrShortDateFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule115(), "2")))
        .containsExactly("PlacedAdoption:4:DATE_PLACED");
    assertThat(flagged(f.check(new Rule115(), "3")))
        .containsExactly("PlacedAdoption:5:DATE_PLACED");
  }
}
