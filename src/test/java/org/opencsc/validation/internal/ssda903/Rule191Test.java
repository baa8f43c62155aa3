package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 191: "Child has been looked after continuously for at least 12 months at 31 March but ..." */
class Rule191Test {

  private static final String OC2 =
      "CHILD,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE";

  @Test
  void aCompleteRecordOrAChildNotInCareAllYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,LS,DEC,REC",
                "1,01/01/2024,S,C2,,",
                "2,01/06/2025,S,C2,,")
            .table("OC2", OC2, "1,1,1,1,0");
    assertThat(f.check(new Rule191(), "1")).isEmpty();
    assertThat(f.check(new Rule191(), "2")).isEmpty();
  }

  @Test
  void aBlankItemOrNoRecordForAChildInCareAllYearFails() {
    Ssda903Fixture blank =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,LS,DEC,REC",
                "1,01/01/2024,S,C2,,",
                "2,01/06/2025,S,C2,,")
            .table("OC2", OC2, "1,1,,1,0");
    assertThat(flagged(blank.check(new Rule191(), "1"))).containsExactly("OC2:2:TEETH_CHECK");
    Ssda903Fixture none =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,LS,DEC,REC",
                "1,01/01/2024,S,C2,,",
                "2,01/06/2025,S,C2,,");
    assertThat(flagged(none.check(new Rule191(), "1"))).containsExactly("Episodes:2:CHILD");
  }
}
