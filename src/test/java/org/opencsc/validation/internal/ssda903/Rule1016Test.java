package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1016: "Care leaver information is not required for 17- or 18-year olds who cease to be ..." */
class Rule1016Test {

  @Test
  void leavingCareBeforeTheSeventeenthBirthdayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/01/2024,31/05/2025")
            .table("OC3", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "1,01/06/2008,YES,F1,B1");
    assertThat(f.check(new Rule1016(), "1")).isEmpty();
  }

  @Test
  void leavingCareOnOrAfterTheSeventeenthBirthdayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/01/2024,01/06/2025")
            .table("OC3", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "1,01/06/2008,YES,F1,B1");
    assertThat(flagged(f.check(new Rule1016(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM");
  }
}
