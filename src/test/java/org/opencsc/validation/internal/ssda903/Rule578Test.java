package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 578: "The date that the child started to be missing is after the child ceased to be looked
 * after."
 */
class Rule578Test {
  @Test
  void aStartDuringCarePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,01/06/2025")
            .table("Missing", "CHILD,MIS_START", "1,01/06/2025");
    assertThat(f.check(new Rule578(), "1")).isEmpty();
  }

  @Test
  void aStartAfterCareEndedFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,01/06/2025")
            .table("Missing", "CHILD,MIS_START", "1,02/06/2025");
    assertThat(flagged(f.check(new Rule578(), "1"))).containsExactly("Missing:2:MIS_START");
  }
}
