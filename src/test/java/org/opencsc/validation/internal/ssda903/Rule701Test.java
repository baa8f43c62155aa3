package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 701: "The end date of the DoLO is not a valid date." */
class Rule701Test {
  @Test
  void aBlankOrValidEndPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,01/05/2026,", "1,01/06/2026,01/07/2026");
    assertThat(f.check(new Rule701(), "1")).isEmpty();
  }

  @Test
  void anUnreadableEndFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,01/05/2026,31/06/2026");
    assertThat(flagged(f.check(new Rule701(), "1"))).containsExactly("DoLo:2:DOLO_END");
  }
}
