package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 181: "Data items relating to children looked after continuously for 12 months should ..." */
class Rule181Test {

  private static final String OC2 = "CHILD,CONVICTED,HEALTH_CHECK,SUBSTANCE_MISUSE";

  @Test
  void zeroOneOrBlankPasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC2", OC2, "1,0,1,", "1,,,");
    assertThat(f.check(new Rule181(), "1")).isEmpty();
  }

  @Test
  void anyOtherValueFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC2", OC2, "1,2,1,Y");
    assertThat(flagged(f.check(new Rule181(), "1")))
        .containsExactly("OC2:2:CONVICTED", "OC2:2:SUBSTANCE_MISUSE");
  }
}
