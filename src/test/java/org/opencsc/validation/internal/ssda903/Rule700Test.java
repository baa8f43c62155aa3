package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 700: "The start date of the DoLO is not a valid date." */
class Rule700Test {
  @Test
  void aValidStartPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27").table("DoLo", "CHILD,DOLO_START", "1,01/05/2026");
    assertThat(f.check(new Rule700(), "1")).isEmpty();
  }

  @Test
  void aBlankOrUnreadableStartFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27").table("DoLo", "CHILD,DOLO_START", "1,", "1,2026-05-01");
    assertThat(flagged(f.check(new Rule700(), "1")))
        .containsExactly("DoLo:2:DOLO_START", "DoLo:3:DOLO_START");
  }
}
