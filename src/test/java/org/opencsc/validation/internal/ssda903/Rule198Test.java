package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 198: "Child has not been looked after continuously for at least 12 months at 31 March ..." */
class Rule198Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table(
            "Episodes", "CHILD,DECOM,RNE,LS,DEC,REC", "1,01/01/2024,S,C2,,", "2,01/06/2025,S,C2,,")
        .table("OC2", "CHILD,SDQ_REASON", "1,SDQ2", "2,SDQ2");
  }

  @Test
  void aReasonForAChildInCareAllYearPasses() {
    assertThat(fixture().check(new Rule198(), "1")).isEmpty();
  }

  @Test
  void aReasonForAChildWhoCameIntoCareThisYearFails() {
    assertThat(flagged(fixture().check(new Rule198(), "2"))).containsExactly("OC2:3:SDQ_REASON");
  }
}
