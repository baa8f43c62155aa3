package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 345: "The data collection record shows the local authority is in touch with this young person,
 * but activity and/or accommodation data items are zero."
 */
class Rule345Test {

  @Test
  void inTouchWithActivityAndAccommodationPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B");
    assertThat(f.check(new Rule345(), "1")).isEmpty();
  }

  @Test
  void inTouchWithAZeroFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,0,B");
    assertThat(flagged(f.check(new Rule345(), "1"))).containsExactly("OC3:2:ACTIV", "OC3:2:ACCOM");
  }
}
