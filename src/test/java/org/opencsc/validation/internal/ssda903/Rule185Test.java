package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 185: "Child has not been looked after continuously for at least 12 months at 31 March ..." */
class Rule185Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table(
            "Episodes", "CHILD,DECOM,RNE,LS,DEC,REC", "1,01/01/2024,S,C2,,", "2,01/06/2025,S,C2,,")
        .table("OC2", "CHILD,SDQ_SCORE", "1,12", "2,12");
  }

  @Test
  void aScoreForAChildInCareAllYearPasses() {
    assertThat(fixture().check(new Rule185(), "1")).isEmpty();
  }

  @Test
  void aScoreForAChildWhoCameIntoCareThisYearFails() {
    assertThat(flagged(fixture().check(new Rule185(), "2"))).containsExactly("OC2:3:SDQ_SCORE");
  }
}
