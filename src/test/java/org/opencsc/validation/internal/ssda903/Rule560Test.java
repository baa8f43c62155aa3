package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 560: "Date of decision that the child should be placed for adoption this year is different from
 * that recorded last year but the decision to place the child for adoption did not change."
 */
class Rule560Test {
  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2024-25")
        .table("PlacedAdoption", "CHILD,DATE_PLACED,DATE_PLACED_CEASED", "1,01/01/2025,");
  }

  @Test
  void theSameDateAsLastYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED,DATE_PLACED_CEASED", "1,01/01/2025,")
            .previous(lastYear());
    assertThat(f.check(new Rule560(), "1")).isEmpty();
  }

  @Test
  void aDifferentDateForTheSameOpenDecisionFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED,DATE_PLACED_CEASED", "1,02/01/2025,")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule560(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED");
  }
}
