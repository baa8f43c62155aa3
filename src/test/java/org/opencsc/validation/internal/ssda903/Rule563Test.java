package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 563: "The child should no longer be placed for adoption but the date of the decision that the
 * child should be placed for adoption is blank"
 */
class Rule563Test {
  @Test
  void aReversalWithTheDecisionDatePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "1,01/05/2025,01/07/2025,RD1");
    assertThat(f.check(new Rule563(), "1")).isEmpty();
  }

  @Test
  void aReversalWithoutTheDecisionDateFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "1,,01/07/2025,RD1");
    assertThat(flagged(f.check(new Rule563(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED");
  }
}
