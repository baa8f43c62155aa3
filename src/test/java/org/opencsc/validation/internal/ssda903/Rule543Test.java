package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 543: "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months
 * yet conviction information has not been completed."
 */
class Rule543Test {
  private static Ssda903Fixture lookedAfterAllYear(String oc2) {
    return Ssda903Fixture.of("2025-26")
        .table("Episodes", "CHILD,DECOM,RNE,LS,DEC,REC", "1,01/01/2024,S,C2,,")
        .table("OC2", "CHILD,DOB,CONVICTED", oc2);
  }

  @Test
  void convictionCompletedOrAChildWhoStartedInTheYearPasses() {
    assertThat(lookedAfterAllYear("1,01/01/2012,0").check(new Rule543(), "1")).isEmpty();
    Ssda903Fixture started =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,RNE,LS,DEC,REC", "1,01/05/2025,S,C2,,")
            .table("OC2", "CHILD,DOB,CONVICTED", "1,01/01/2012,");
    assertThat(started.check(new Rule543(), "1")).isEmpty();
  }

  @Test
  void aBlankConvictionForAChildLookedAfterAllYearFails() {
    assertThat(flagged(lookedAfterAllYear("1,01/01/2012,").check(new Rule543(), "1")))
        .containsExactly("OC2:2:CONVICTED");
  }
}
