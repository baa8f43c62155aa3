package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 576: "There is an open missing/away from placement without authorisation period in last year’s
 * return and there is no corresponding period recorded at the start of this year."
 */
class Rule576Test {
  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2024-25")
        .table("Missing", "CHILD,MIS_START,MIS_END", "1,01/03/2025,", "1,01/01/2025,02/01/2025");
  }

  @Test
  void theOpenPeriodCarriedIntoThisYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Missing", "CHILD,MIS_START,MIS_END", "1,01/05/2025,", "1,01/03/2025,04/04/2025")
            .previous(lastYear());
    assertThat(f.check(new Rule576(), "1")).isEmpty();
  }

  @Test
  void anOpenPeriodNotCarriedFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Missing", "CHILD,MIS_START,MIS_END", "1,01/05/2025,")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule576(), "1"))).containsExactly("Missing:2:MIS_START");
  }
}
