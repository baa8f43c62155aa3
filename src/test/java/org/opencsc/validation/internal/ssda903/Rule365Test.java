package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 365: "Any individual short- term respite placement must not exceed 17 days." */
class Rule365Test {

  @Test
  void aBreakOf17DaysPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,LS", "1,01/05/2025,18/05/2025,V3");
    assertThat(f.check(new Rule365(), "1")).isEmpty();
  }

  @Test
  void aLongerOrOpenBreakFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes", "CHILD,DECOM,DEC,LS", "1,01/05/2025,19/05/2025,V3", "1,01/03/2026,,V3");
    assertThat(flagged(f.check(new Rule365(), "1")))
        .containsExactly(
            "Episodes:2:DECOM", "Episodes:2:DEC", "Episodes:3:DECOM", "Episodes:3:DEC");
  }
}
