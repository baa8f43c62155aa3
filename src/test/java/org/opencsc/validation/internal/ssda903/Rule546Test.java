package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 546: "Children aged 5 or over at 31 March should not have health promotion information
 * completed."
 */
class Rule546Test {
  private static Ssda903Fixture lookedAfterAllYear(String oc2) {
    return Ssda903Fixture.of("2025-26")
        .table("Episodes", "CHILD,DECOM,RNE,LS,DEC,REC", "1,01/01/2024,S,C2,,")
        .table("OC2", "CHILD,DOB,HEALTH_CHECK", oc2);
  }

  @Test
  void aHealthCheckForAnUnderFivePasses() {
    assertThat(lookedAfterAllYear("1,01/04/2021,1").check(new Rule546(), "1")).isEmpty();
  }

  @Test
  void aHealthCheckForAChildOfFiveFails() {
    assertThat(flagged(lookedAfterAllYear("1,31/03/2021,1").check(new Rule546(), "1")))
        .containsExactly("OC2:2:HEALTH_CHECK");
  }
}
