package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 233: "Reason for placement change is not required when the episode has not ceased." */
class Rule233Test {

  @Test
  void aReasonOnAnEndedEpisodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,REASON_PLACE_CHANGE",
                "1,01/05/2025,01/06/2025,CARPL",
                "1,01/06/2025,,");
    assertThat(f.check(new Rule233(), "1")).isEmpty();
  }

  @Test
  void aReasonOnAnOpenEpisodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,REASON_PLACE_CHANGE", "1,01/06/2025,,CARPL");
    assertThat(flagged(f.check(new Rule233(), "1")))
        .containsExactly("Episodes:2:REASON_PLACE_CHANGE");
  }
}
