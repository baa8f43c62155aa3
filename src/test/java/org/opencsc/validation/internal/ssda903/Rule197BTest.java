package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 197B: "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds." */
class Rule197BTest {

  private static Ssda903Fixture fixture(String oc2Row) {
    return Ssda903Fixture.of("2025-26")
        .table(
            "Episodes", "CHILD,DECOM,RNE,LS,DEC,REC", "1,01/01/2024,S,C2,,", "2,01/06/2025,S,C2,,")
        .table("OC2", "CHILD,DOB,SDQ_SCORE,SDQ_REASON", oc2Row);
  }

  @Test
  void aScoreOrAReasonOrAnotherAgePasses() {
    assertThat(fixture("1,01/06/2021,,SDQ1").check(new Rule197B(), "1")).isEmpty();
    assertThat(fixture("1,01/06/2015,,").check(new Rule197B(), "1")).isEmpty(); // 10 this year
    assertThat(fixture("2,01/06/2021,,").check(new Rule197B(), "2")).isEmpty(); // not all year
  }

  @Test
  void neitherForAChildTurningFourOrSeventeenFails() {
    assertThat(flagged(fixture("1,01/06/2021,,").check(new Rule197B(), "1")))
        .containsExactly("OC2:2:SDQ_SCORE", "OC2:2:SDQ_REASON");
    assertThat(fixture("1,01/06/2008,,").check(new Rule197B(), "1")).hasSize(1);
    assertThat(fixture("1,02/04/2008,,").check(new Rule197B(), "1")).hasSize(1);
  }

  @Test
  void aYoungPersonSeventeenOnThe1AprilTheYearBeginsNeedsNeither() {
    // 17 on 01/04/2025, the first day of 2025-26: rule 189 wants no SDQ items for them
    assertThat(fixture("1,01/04/2008,,").check(new Rule197B(), "1")).isEmpty();
    assertThat(fixture("1,01/04/2008,12,").check(new Rule189(), "1")).hasSize(1);
  }
}
