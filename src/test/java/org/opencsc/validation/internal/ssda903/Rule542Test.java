package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 542: "A child aged under 10 at 31 March should not have conviction information completed." */
class Rule542Test {
  @Test
  void convictionInformationForAChildOfTenPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC2", "CHILD,DOB,CONVICTED", "1,31/03/2016,0");
    assertThat(f.check(new Rule542(), "1")).isEmpty();
  }

  @Test
  void convictionInformationForAChildUnderTenFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC2", "CHILD,DOB,CONVICTED", "1,01/04/2016,0");
    assertThat(flagged(f.check(new Rule542(), "1"))).containsExactly("OC2:2:CONVICTED");
  }
}
