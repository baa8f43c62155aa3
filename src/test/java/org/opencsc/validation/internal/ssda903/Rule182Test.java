package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 182: "Data entries on immunisations, teeth checks, health assessments and substance ..." */
class Rule182Test {

  private static final String OC2 =
      "CHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,HEALTH_CHECK";

  @Test
  void allCompletedOrAllBlankPasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC2", OC2, "1,1,1,1,0,0,1", "1,,,,,,");
    assertThat(f.check(new Rule182(), "1")).isEmpty();
  }

  @Test
  void aHealthItemBlankWhileOthersAreCompletedFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC2", OC2, "1,1,,1,0,0,");
    assertThat(flagged(f.check(new Rule182(), "1"))).containsExactly("OC2:2:TEETH_CHECK");
  }
}
