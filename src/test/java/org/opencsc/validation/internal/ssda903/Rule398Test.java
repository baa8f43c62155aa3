package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 398: "Distance field completed but child looked after under legal status V3 or V4." */
class Rule398Test {

  @Test
  void aBreakWithoutPostcodesPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,V3,,", "1,C2,AB1 2CD,EF3 4GH");
    assertThat(f.check(new Rule398(), "1")).isEmpty();
  }

  @Test
  void aBreakWithAPostcodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,V4,,EF3 4GH");
    assertThat(flagged(f.check(new Rule398(), "1")))
        .containsExactly("Episodes:2:HOME_POST", "Episodes:2:PL_POST");
  }
}
