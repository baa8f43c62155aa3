package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 344: "The record shows the young person has died or returned home to live with parent(s) or
 * someone with parental responsibility for a continuous period of 6 months or more, but activity
 * and/or accommodation on leaving care have been completed."
 */
class Rule344Test {

  @Test
  void noActivityOrAccommodationPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,DIED,0,0");
    assertThat(f.check(new Rule344(), "1")).isEmpty();
  }

  @Test
  void anAccommodationAfterReturningHomeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,RHOM,0,B");
    assertThat(flagged(f.check(new Rule344(), "1"))).containsExactly("OC3:2:ACTIV", "OC3:2:ACCOM");
  }
}
