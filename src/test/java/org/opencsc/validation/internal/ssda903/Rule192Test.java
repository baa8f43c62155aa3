package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 192: "Child has been identified as having a substance misuse problem but the ..." */
class Rule192Test {

  @Test
  void anInterventionRecordedPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC2", "CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED", "1,1,0", "1,0,");
    assertThat(f.check(new Rule192(), "1")).isEmpty();
  }

  @Test
  void aMisuseProblemWithoutTheInterventionItemFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC2", "CHILD,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED", "1,1,");
    assertThat(flagged(f.check(new Rule192(), "1"))).containsExactly("OC2:2:INTERVENTION_RECEIVED");
  }
}
