package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 186: "Children aged 4 or over at the start of the year and children aged under 17 at ..." */
class Rule186Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table(
            "Episodes", "CHILD,DECOM,RNE,LS,DEC,REC", "1,01/01/2024,S,C2,,", "2,01/06/2025,S,C2,,")
        .table(
            "OC2",
            "CHILD,DOB,SDQ_SCORE,SDQ_REASON",
            "1,01/06/2015,12,",
            "1,01/06/2015,,SDQ2",
            "1,01/06/2015,,",
            "2,01/06/2015,,");
  }

  @Test
  void aScoreOrAReasonOrAChildNotInCareAllYearPasses() {
    assertThat(fixture().check(new Rule186(), "2")).isEmpty();
  }

  @Test
  void neitherForAChildOfSdqAgeInCareAllYearFails() {
    assertThat(flagged(fixture().check(new Rule186(), "1")))
        .containsExactly("OC2:4:SDQ_SCORE", "OC2:4:SDQ_REASON");
  }
}
