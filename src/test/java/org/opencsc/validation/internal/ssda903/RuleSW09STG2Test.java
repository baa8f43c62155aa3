package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** SW09STG2: "Social worker episode appears to have lasted for less than 24 hours." */
class RuleSW09STG2Test {
  @Test
  void anEpisodeOfThreeDaysPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "SWEpisodes", "CHILD,SW_DECOM,SW_DEC", "1,01/05/2025,04/05/2025", "1,05/05/2025,");
    assertThat(f.check(new RuleSW09STG2(), "1")).isEmpty();
  }

  @Test
  void aShorterEpisodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("SWEpisodes", "CHILD,SW_DECOM,SW_DEC", "1,01/05/2025,02/05/2025");
    assertThat(flagged(f.check(new RuleSW09STG2(), "1")))
        .containsExactly("SWEpisodes:2:SW_DECOM", "SWEpisodes:2:SW_DEC");
  }
}
