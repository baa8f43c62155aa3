package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 559: "Date of decision that a child should be placed for adoption was not in the current year but
 * the date of the decision that the child should be placed for adoption was not completed in a
 * previous return."
 */
class Rule559Test {
  @Test
  void anEarlierDecisionInLastYearsReturnPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/01/2025", "2,01/05/2025")
            .previous(
                Ssda903Fixture.of("2024-25")
                    .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/01/2025"));
    assertThat(f.check(new Rule559(), "1")).isEmpty();
    assertThat(f.check(new Rule559(), "2")).isEmpty();
  }

  @Test
  void anEarlierDecisionMissingFromLastYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/01/2025")
            .previous(
                Ssda903Fixture.of("2024-25").table("PlacedAdoption", "CHILD,DATE_PLACED", "1,"));
    assertThat(flagged(f.check(new Rule559(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED");
  }
}
