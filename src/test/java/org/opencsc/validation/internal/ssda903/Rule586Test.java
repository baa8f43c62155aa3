package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 586: "Dates of missing periods are before child’s date of birth." */
class Rule586Test {
  @Test
  void aPeriodAfterBirthPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Missing", "CHILD,DOB,MIS_START", "1,01/01/2012,01/05/2025");
    assertThat(f.check(new Rule586(), "1")).isEmpty();
  }

  @Test
  void aPeriodOnOrBeforeBirthFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Missing", "CHILD,DOB,MIS_START", "1,01/01/2012,01/01/2012");
    assertThat(flagged(f.check(new Rule586(), "1"))).containsExactly("Missing:2:MIS_START");
  }
}
