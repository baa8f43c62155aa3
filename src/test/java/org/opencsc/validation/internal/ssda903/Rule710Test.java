package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 710: "Child with a DoLO can not be placed in secure children's homes, with parents, young
 * offender institutions, or supported accommodation."
 */
class Rule710Test {
  @Test
  void aPlacementOutsideTheOrderPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,PLACE",
                "1,01/04/2026,01/05/2026,P1",
                "1,01/05/2026,,K2")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,02/05/2026,01/06/2026");
    assertThat(f.check(new Rule710(), "1")).isEmpty();
  }

  @Test
  void aSecurePlacementDuringTheOrderFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("Episodes", "CHILD,DECOM,DEC,PLACE", "1,01/04/2026,,K1")
            .table("DoLo", "CHILD,DOLO_START,DOLO_END", "1,02/05/2026,01/06/2026");
    assertThat(flagged(f.check(new Rule710(), "1")))
        .containsExactly("DoLo:2:DOLO_START", "Episodes:2:PLACE");
  }
}
