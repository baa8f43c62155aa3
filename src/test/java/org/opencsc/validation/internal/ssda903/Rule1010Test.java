package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1010: "This child has no episodes loaded for current year even though there was an open ..." */
class Rule1010Test {

  private static final String OC3 = "CHILD,IN_TOUCH,ACTIV,ACCOM";

  @Test
  void aClosedLatestEpisodeLastYearPasses() {
    // the open episode is not the latest
    Ssda903Fixture last =
        Ssda903Fixture.of("2024-25")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/05/2024,", "1,01/06/2024,01/07/2024");
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC3", OC3, "1,YES,F1,B1").previous(last);
    assertThat(f.check(new Rule1010(), "1")).isEmpty();
  }

  @Test
  void anOpenLatestEpisodeLastYearAndNoneThisYearFails() {
    Ssda903Fixture last =
        Ssda903Fixture.of("2024-25")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/05/2024,01/06/2024", "1,01/06/2024,");
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("OC3", OC3, "1,YES,F1,B1").previous(last);
    assertThat(flagged(f.check(new Rule1010(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM");
  }
}
