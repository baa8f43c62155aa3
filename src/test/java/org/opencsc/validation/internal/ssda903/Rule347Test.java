package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 347: "Care leavers aged under 18 years, can not be accommodated in a Foyer." */
class Rule347Test {

  @Test
  void aFoyerFrom18Passes() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC3", "CHILD,DOB,IN_TOUCH,ACCOM", "1,01/04/2007,YES,T");
    assertThat(f.check(new Rule347(), "1")).isEmpty();
  }

  @Test
  void aFoyerUnder18Fails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC3", "CHILD,DOB,IN_TOUCH,ACCOM", "1,02/04/2007,YES,T");
    assertThat(flagged(f.check(new Rule347(), "1"))).containsExactly("OC3:2:ACCOM");
  }
}
