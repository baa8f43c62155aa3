package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 709: "Child with a DoLO is in an unexpected placement type." */
class Rule709Test {
  @Test
  void anExpectedPlacementOrNoOverlapPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,PLACE",
                "1,01/04/2026,30/04/2026,U1",
                "1,01/05/2026,,K2")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,02/05/2026,01/06/2026");
    assertThat(f.check(new Rule709(), "1")).isEmpty();
  }

  @Test
  void anOverlappingEpisodeOfAnotherTypeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("Episodes", "CHILD,DECOM,DEC,PLACE", "1,01/04/2026,,U1")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,02/05/2026,01/06/2026");
    assertThat(flagged(f.check(new Rule709(), "1"))).containsExactly("DoLo:2:DOLO_START");
  }
}
