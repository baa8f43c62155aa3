package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 367: "The maximum amount of respite care allowable is 75 days in any 12-month period." */
class Rule367Test {

  @Test
  void seventyFiveDaysOfBreaksPass() {
    // the first break counts from 1 April only
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,LS",
                "1,01/03/2025,01/05/2025,V3",
                "1,01/06/2025,15/07/2025,V3");
    assertThat(f.check(new Rule367(), "1")).isEmpty();
  }

  @Test
  void moreThan75DaysFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,LS",
                "1,01/04/2025,01/05/2025,V3",
                "1,01/06/2025,17/07/2025,V3");
    assertThat(flagged(f.check(new Rule367(), "1")))
        .containsExactly(
            "Episodes:2:DECOM", "Episodes:2:DEC", "Episodes:3:DECOM", "Episodes:3:DEC");
  }
}
