package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 159: "If a child has been recorded as not receiving an intervention for their ..." */
class Rule159Test {

  private static final String OC2 =
      "CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";

  @Test
  void anOfferRecordedOrAnInterventionReceivedPasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC2", OC2, "1,1,0,1", "1,1,1,");
    assertThat(f.check(new Rule159(), "1")).isEmpty();
  }

  @Test
  void noInterventionAndOfferedBlankFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC2", OC2, "1,1,0,");
    assertThat(flagged(f.check(new Rule159(), "1"))).containsExactly("OC2:2:INTERVENTION_OFFERED");
  }
}
