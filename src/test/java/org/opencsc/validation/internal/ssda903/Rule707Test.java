package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 707: "Child ceased to be looked after but there is a DoLO without an end date." */
class Rule707Test {
  @Test
  void anOpenOrderWhileStillLookedAfterPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2026,01/06/2026", "1,01/06/2026,")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,01/05/2026,");
    assertThat(f.check(new Rule707(), "1")).isEmpty();
  }

  @Test
  void anOrderOutsideThePeriodOfCareFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2026,01/06/2026")
            .table(
                "DoLo",
                "CHILD,DOLO_START,DOLO_END",
                "1,01/05/2026,",
                "1,01/04/2026,01/05/2026",
                "1,01/04/2026,02/06/2026");
    assertThat(flagged(f.check(new Rule707(), "1")))
        .containsExactly("DoLo:2:DOLO_END", "DoLo:4:DOLO_END");
  }
}
