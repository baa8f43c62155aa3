package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 571: "The date that the child ceased to be missing or away from placement without authorisation
 * is before the start or after the end of the collection year."
 */
class Rule571Test {
  @Test
  void anEndInTheYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Missing", "CHILD,MIS_END", "1,01/04/2025", "1,");
    assertThat(f.check(new Rule571(), "1")).isEmpty();
  }

  @Test
  void anEndOutsideTheYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Missing", "CHILD,MIS_END", "1,31/03/2025", "1,01/04/2026");
    assertThat(flagged(f.check(new Rule571(), "1")))
        .containsExactly("Missing:2:MIS_END", "Missing:3:MIS_END");
  }
}
