package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 706: "There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at
 * the start of this year.."
 */
class Rule706Test {
  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2025-26")
        .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,01/05/2025,", "1,01/01/2025,01/02/2025");
  }

  @Test
  void anOpenOrderCarriedIntoThisYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,01/05/2025,01/06/2026")
            .previous(lastYear());
    assertThat(f.check(new Rule706(), "1")).isEmpty();
  }

  @Test
  void anOpenOrderMissingThisYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,02/05/2025,")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule706(), "1"))).containsExactly("DoLo:2:DOLO_START");
  }

  @Test
  void anOpenOrderWithNoOrdersThisYearPointsAtTheHeader() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27").table("Header", "CHILD,SEX", "1,F").previous(lastYear());
    assertThat(flagged(f.check(new Rule706(), "1"))).containsExactly("Header:2:CHILD");
  }
}
