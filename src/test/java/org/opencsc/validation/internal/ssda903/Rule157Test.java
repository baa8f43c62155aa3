package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 157: "Child is aged 4 years or over at the beginning of the year or 16 years or under ..." */
class Rule157Test {

  // looked after since 2024, so continuously for the 12 months to 31 March 2026
  private static Ssda903Fixture fixture(String dob, String reason) {
    return Ssda903Fixture.of("2025-26")
        .table("Episodes", "CHILD,DECOM,RNE,LS,DEC,REC", "1,01/01/2024,S,C2,,")
        .table("OC2", "CHILD,DOB,SDQ_SCORE,SDQ_REASON", "1," + dob + ",," + reason);
  }

  @Test
  void sdq1ForAChildUnderFourPasses() {
    assertThat(fixture("01/06/2022", "SDQ1").check(new Rule157(), "1")).isEmpty();
  }

  @Test
  void sdq1ForAChildOfSdqAgeFails() {
    assertThat(flagged(fixture("01/06/2015", "SDQ1").check(new Rule157(), "1")))
        .containsExactly("OC2:2:SDQ_REASON");
  }
}
