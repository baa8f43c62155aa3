package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 1004: "The start date of the missing episode or episode that the child was away from placement
 * without authorisation is not a valid date."
 */
class Rule1004Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table("Missing", "CHILD,MIS_START", "1,01/05/2025", "2,31/02/2025", "3,");
  }

  @Test
  void aValidDatePasses() {
    assertThat(fixture().check(new Rule1004(), "1")).isEmpty();
  }

  @Test
  void anImpossibleOrBlankDateFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule1004(), "2"))).containsExactly("Missing:3:MIS_START");
    assertThat(flagged(f.check(new Rule1004(), "3"))).containsExactly("Missing:4:MIS_START");
  }
}
