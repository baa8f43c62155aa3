package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 377: "Only two temporary placements coded as being due to holiday of usual foster carer(s) are
 * allowed in any 12- month period."
 */
class Rule377Test {

  @Test
  void twoInAYearPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,PLACE",
                "1,01/04/2024,T3",
                "1,01/12/2024,T3",
                "1,01/04/2025,T3");
    assertThat(f.check(new Rule377(), "1")).isEmpty();
  }

  @Test
  void threeInTwelveMonthsFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,PLACE",
                "1,01/05/2025,T3",
                "1,01/06/2025,U4",
                "1,01/08/2025,T3",
                "1,30/04/2026,T3");
    assertThat(flagged(f.check(new Rule377(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:4:PLACE", "Episodes:5:PLACE");
  }
}
