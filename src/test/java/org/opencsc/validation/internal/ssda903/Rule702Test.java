package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 702: "The date that the DoLO ended is before the date that it started." */
class Rule702Test {
  @Test
  void anEndAfterTheStartPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,01/05/2026,02/05/2026", "1,01/06/2026,");
    assertThat(f.check(new Rule702(), "1")).isEmpty();
  }

  @Test
  void anEndOnOrBeforeTheStartFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table(
                "DoLo",
                "CHILD,DOLO_START,DOLO_END",
                "1,01/05/2026,30/04/2026",
                "1,01/06/2026,01/06/2026");
    assertThat(flagged(f.check(new Rule702(), "1")))
        .containsExactly(
            "DoLo:2:DOLO_START", "DoLo:2:DOLO_END", "DoLo:3:DOLO_START", "DoLo:3:DOLO_END");
  }
}
