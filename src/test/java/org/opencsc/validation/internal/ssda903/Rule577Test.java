package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 577: "Child ceased to be looked after but there is a missing/away from placement without
 * authorisation period without an end date."
 */
class Rule577Test {
  @Test
  void anOpenPeriodWhileStillLookedAfterPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,01/06/2025", "1,01/06/2025,")
            .table("Missing", "CHILD,MIS_START,MIS_END", "1,01/07/2025,");
    assertThat(f.check(new Rule577(), "1")).isEmpty();
  }

  @Test
  void anOpenPeriodAfterCareEndedFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,01/06/2025")
            .table("Missing", "CHILD,MIS_START,MIS_END", "1,01/05/2025,");
    assertThat(flagged(f.check(new Rule577(), "1"))).containsExactly("Missing:2:MIS_END");
  }
}
