package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 193: "Child not identified as having a substance misuse problem but at least one of ..." */
class Rule193Test {

  private static final String OC2 =
      "CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";

  @Test
  void interventionItemsOnlyWithAMisuseProblemPass() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC2", OC2, "1,1,0,1", "1,0,,");
    assertThat(f.check(new Rule193(), "1")).isEmpty();
  }

  @Test
  void interventionItemsWithoutAMisuseProblemFail() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC2", OC2, "1,0,,0", "2,,1,");
    assertThat(flagged(f.check(new Rule193(), "1"))).containsExactly("OC2:2:INTERVENTION_OFFERED");
    assertThat(flagged(f.check(new Rule193(), "2"))).containsExactly("OC2:3:INTERVENTION_RECEIVED");
  }
}
