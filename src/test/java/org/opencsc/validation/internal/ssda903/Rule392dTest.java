package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 392d: "Home and placement postcodes should not be same unless the placement type is P1." */
class Rule392dTest {

  @Test
  void theSamePostcodeWithParentsPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,PLACE,HOME_POST,PL_POST", "1,P1,AB1 2CD,AB1 2CD");
    assertThat(f.check(new Rule392d(), "1")).isEmpty();
  }

  @Test
  void theSamePostcodeElsewhereFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,PLACE,HOME_POST,PL_POST", "1,U4,AB1 2CD,AB1 2CD");
    assertThat(flagged(f.check(new Rule392d(), "1")))
        .containsExactly("Episodes:2:HOME_POST", "Episodes:2:PL_POST");
  }
}
