package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 1005: "The end date of the missing episode or episode that the child was away from placement
 * without authorisation is not a valid date."
 */
class Rule1005Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table("Missing", "CHILD,MIS_END", "1,01/05/2025", "1,", "2,31/02/2025", "3,01/05/25");
  }

  @Test
  void aValidDateOrBlankPasses() {
    assertThat(fixture().check(new Rule1005(), "1")).isEmpty();
  }

  @Test
  void anImpossibleOrShortDateFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule1005(), "2"))).containsExactly("Missing:4:MIS_END");
    assertThat(flagged(f.check(new Rule1005(), "3"))).containsExactly("Missing:5:MIS_END");
  }
}
