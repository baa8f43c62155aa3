package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1001: "The episodes recorded for this young person suggest they are not a relevant ..." */
class Rule1001Test {

  private static Ssda903Fixture fixture(String lastYearEpisode, String thisYearEpisode) {
    // born 01/06/2008: 16 on 01/06/2024, 14 on 01/06/2022
    Ssda903Fixture last =
        Ssda903Fixture.of("2024-25").table("Episodes", "CHILD,DECOM,DEC,LS,REC", lastYearEpisode);
    return Ssda903Fixture.of("2025-26")
        .table("Header", "CHILD,DOB", "1,01/06/2008")
        .table("Episodes", "CHILD,DECOM,DEC,LS,REC", thisYearEpisode)
        .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1")
        .previous(last);
  }

  @Test
  void thirteenWeeksInCareAfterTheSixteenthBirthdayPasses() {
    Ssda903Fixture f =
        fixture("1,01/03/2025,,C2,", "1,01/03/2025,01/07/2025,C2,E8"); // the same episode twice
    assertThat(f.check(new Rule1001(), "1")).isEmpty();
  }

  @Test
  void tooShortACareHistoryOrShortBreaksFail() {
    Ssda903Fixture shortCare =
        fixture("1,01/03/2024,01/04/2024,C2,E8", "1,01/05/2025,20/05/2025,C2,E8");
    assertThat(flagged(shortCare.check(new Rule1001(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM");
    Ssda903Fixture shortBreaks = fixture("1,01/03/2025,,V3,", "1,01/03/2025,01/07/2025,V3,E8");
    assertThat(shortBreaks.check(new Rule1001(), "1")).hasSize(1);
  }

  @Test
  void anAdoptedChildFails() {
    Ssda903Fixture f = fixture("1,01/03/2025,,C2,", "1,01/03/2025,01/07/2025,E1,E11");
    assertThat(f.check(new Rule1001(), "1")).hasSize(1);
  }
}
