package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** SW08STG2: "A new social worker episode has started, but the previous episode has not ended." */
class RuleSW08STG2Test {
  @Test
  void endedEarlierEpisodesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "SWEpisodes", "CHILD,SW_DECOM,SW_DEC", "1,01/06/2025,", "1,01/04/2025,01/06/2025");
    assertThat(f.check(new RuleSW08STG2(), "1")).isEmpty();
  }

  @Test
  void anEarlierEpisodeNotEndedFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("SWEpisodes", "CHILD,SW_DECOM,SW_DEC", "1,01/06/2025,", "1,01/04/2025,");
    assertThat(flagged(f.check(new RuleSW08STG2(), "1"))).containsExactly("SWEpisodes:3:SW_DEC");
  }
}
