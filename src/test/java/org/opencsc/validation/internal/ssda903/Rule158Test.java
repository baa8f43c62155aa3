package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 158: "If a child has been recorded as receiving an intervention for their substance ..." */
class Rule158Test {

  private static final String OC2 = "CHILD,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";

  @Test
  void aReceivedInterventionWithOfferedBlankPasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC2", OC2, "1,1,", "1,0,1");
    assertThat(f.check(new Rule158(), "1")).isEmpty();
  }

  @Test
  void aReceivedInterventionWithOfferedCompletedFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC2", OC2, "1,1,0");
    assertThat(flagged(f.check(new Rule158(), "1"))).containsExactly("OC2:2:INTERVENTION_OFFERED");
  }
}
