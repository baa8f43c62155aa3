package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * SW10STG2: "A new social worker episode has started before the end date of the previous social
 * worker episode."
 */
class RuleSW10STG2Test {
  @Test
  void anEpisodeFollowingTheLastWithinAWeekPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "SWEpisodes",
                "CHILD,SW_DECOM,SW_DEC,SW_REASON",
                "1,01/04/2025,01/06/2025,",
                "1,05/06/2025,,MANAGE");
    assertThat(f.check(new RuleSW10STG2(), "1")).isEmpty();
  }

  @Test
  void aFirstContactAfterAGapPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "SWEpisodes",
                "CHILD,SW_DECOM,SW_DEC,SW_REASON",
                "1,01/04/2025,01/06/2025,",
                "1,01/10/2025,,FCONTA");
    assertThat(f.check(new RuleSW10STG2(), "1")).isEmpty();
  }

  @Test
  void anEpisodeStartingWellBeforeTheLastEndedFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "SWEpisodes",
                "CHILD,SW_DECOM,SW_DEC,SW_REASON",
                "1,01/04/2025,01/06/2025,",
                "1,01/05/2025,,MANAGE");
    assertThat(flagged(f.check(new RuleSW10STG2(), "1"))).containsExactly("SWEpisodes:3:SW_DECOM");
  }
}
