package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 545: "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet
 * health promotion information has not been completed."
 */
class Rule545Test {
  private static Ssda903Fixture lookedAfterAllYear(String oc2) {
    return Ssda903Fixture.of("2025-26")
        .table("Episodes", "CHILD,DECOM,RNE,LS,DEC,REC", "1,01/01/2024,S,C2,,")
        .table("OC2", "CHILD,DOB,HEALTH_CHECK", oc2);
  }

  @Test
  void aCompletedHealthCheckOrAChildOfFivePasses() {
    assertThat(lookedAfterAllYear("1,01/01/2022,1").check(new Rule545(), "1")).isEmpty();
    assertThat(lookedAfterAllYear("1,31/03/2021,").check(new Rule545(), "1")).isEmpty();
  }

  @Test
  void aBlankHealthCheckForAnUnderFiveFails() {
    assertThat(flagged(lookedAfterAllYear("1,01/04/2021,").check(new Rule545(), "1")))
        .containsExactly("OC2:2:HEALTH_CHECK");
  }
}
