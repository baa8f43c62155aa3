package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 703: "The date that the DoLO started is after the end of the collection year." */
class Rule703Test {
  @Test
  void aStartOnTheLastDayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27").table("DoLo", "CHILD,DOLO_START", "1,31/03/2027");
    assertThat(f.check(new Rule703(), "1")).isEmpty();
  }

  @Test
  void aStartAfterTheYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27").table("DoLo", "CHILD,DOLO_START", "1,01/04/2027");
    assertThat(flagged(f.check(new Rule703(), "1"))).containsExactly("DoLo:2:DOLO_START");
  }
}
