package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 704: "The date that the DoLO ended is before the start or after the end of the collection year."
 */
class Rule704Test {
  @Test
  void anEndInTheYearOrBlankPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("DoLo", "CHILD,DOLO_END", "1,01/04/2026", "1,31/03/2027", "1,");
    assertThat(f.check(new Rule704(), "1")).isEmpty();
  }

  @Test
  void anEndOutsideTheYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("DoLo", "CHILD,DOLO_END", "1,31/03/2026", "1,01/04/2027");
    assertThat(flagged(f.check(new Rule704(), "1")))
        .containsExactly("DoLo:2:DOLO_END", "DoLo:3:DOLO_END");
  }
}
