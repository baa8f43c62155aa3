package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 708: "Dates of DoLOs are before child’s date of birth." */
class Rule708Test {
  @Test
  void anOrderAfterBirthPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("DoLo", "CHILD,DOB,DOLO_START", "1,01/01/2012,01/05/2026");
    assertThat(f.check(new Rule708(), "1")).isEmpty();
  }

  @Test
  void anOrderOnOrBeforeBirthFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2026-27")
            .table("DoLo", "CHILD,DOB,DOLO_START", "1,01/05/2026,01/05/2026");
    assertThat(flagged(f.check(new Rule708(), "1"))).containsExactly("DoLo:2:DOLO_START");
  }
}
