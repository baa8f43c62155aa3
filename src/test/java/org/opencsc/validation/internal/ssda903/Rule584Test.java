package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 584: "Date of decision that the child should be placed for adoption this year is different from
 * that recorded last year, but the decision to placed the child for adoption changed and the child
 * should no longer be placed for adoption."
 */
class Rule584Test {
  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2024-25")
        .table(
            "PlacedAdoption",
            "CHILD,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
            "1,01/01/2025,01/03/2025,RD1");
  }

  @Test
  void aLaterNewDecisionPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/06/2025")
            .previous(lastYear());
    assertThat(f.check(new Rule584(), "1")).isEmpty();
  }

  @Test
  void anEarlierOrBlankDecisionFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/12/2024", "1,")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule584(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED", "PlacedAdoption:3:DATE_PLACED");
  }
}
