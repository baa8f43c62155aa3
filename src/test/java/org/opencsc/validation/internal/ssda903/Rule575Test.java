package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 575: "If the placement from which the child goes missing/away from placement without
 * authorisation ends, the missing/away from placement without authorisation period in the missing
 * module must also have an end date."
 */
class Rule575Test {
  @Test
  void anEndedPeriodOrAnOpenEpisodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,01/06/2025", "1,01/06/2025,")
            .table(
                "Missing", "CHILD,MIS_START,MIS_END", "1,01/05/2025,02/05/2025", "1,01/07/2025,");
    assertThat(f.check(new Rule575(), "1")).isEmpty();
  }

  @Test
  void anOpenPeriodFromAnEndedEpisodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,01/06/2025")
            .table("Missing", "CHILD,MIS_START,MIS_END", "1,01/05/2025,");
    assertThat(flagged(f.check(new Rule575(), "1"))).containsExactly("Missing:2:MIS_END");
  }
}
