package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 705: "A DoLO cannot start when the previous DoLO is still open." */
class Rule705Test {
  @Test
  void consecutiveOrdersPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,01/07/2026,", "1,01/05/2026,01/07/2026");
    assertThat(f.check(new Rule705(), "1")).isEmpty();
  }

  @Test
  void anOrderStartingWhileTheEarlierIsOpenOrNotYetEndedFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table(
                "DoLo",
                "CHILD,DOLO_START,DOLO_END",
                "1,01/05/2026,",
                "1,01/06/2026,01/09/2026",
                "1,01/08/2026,");
    assertThat(flagged(f.check(new Rule705(), "1")))
        .containsExactly(
            "DoLo:3:DOLO_START", "DoLo:2:DOLO_END", "DoLo:4:DOLO_START", "DoLo:3:DOLO_END");
  }
}
