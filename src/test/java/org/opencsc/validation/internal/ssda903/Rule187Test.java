package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 187: "Child cannot be looked after continuously for 12 months at 31 March (OC2) and ..." */
class Rule187Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table(
            "Episodes", "CHILD,DECOM,RNE,LS,DEC,REC", "1,01/01/2024,S,C2,,", "2,01/06/2025,S,C2,,")
        .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1", "2,YES,F1,B1")
        .table("AD1", "CHILD,DATE_INT", "1,", "2,01/05/2025");
  }

  @Test
  void adoptionOrCareLeaverDataForAChildNotInCareAllYearPasses() {
    assertThat(fixture().check(new Rule187(), "2")).isEmpty();
  }

  @Test
  void careLeaverDataForAChildInCareAllYearFails() {
    assertThat(flagged(fixture().check(new Rule187(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM");
  }
}
