package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 561: "Date of the decision that the child should be placed for adoption this year is the same as
 * that recorded last year but records show that the decision changed, and the child should no
 * longer be placed for adoption last year."
 */
class Rule561Test {
  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2024-25")
        .table(
            "PlacedAdoption",
            "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
            "1,01/01/2025,01/03/2025,RD1");
  }

  @Test
  void aNewDecisionAfterLastYearsReversalPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/06/2025")
            .previous(lastYear());
    assertThat(f.check(new Rule561(), "1")).isEmpty();
  }

  @Test
  void theReversedDecisionReportedAgainFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/01/2025")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule561(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED");
  }
}
