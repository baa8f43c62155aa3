package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 357: "If this is the first episode ever for this child, reason for new episode must be S. Check
 * whether there is an episode immediately preceding this one, which has been left out. If not the
 * reason for new episode code must be amended to S."
 */
class Rule357Test {

  @Test
  void aFirstEpisodeStartingCareOrBeforeTheYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE",
                "1,01/05/2025,S",
                "1,01/06/2025,P",
                "2,01/05/2024,P");
    assertThat(f.check(new Rule357(), "1")).isEmpty();
    assertThat(f.check(new Rule357(), "2")).isEmpty();
  }

  @Test
  void aFirstEpisodeInTheYearThatDoesNotStartCareFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,DECOM,RNE", "1,01/05/2025,P");
    assertThat(flagged(f.check(new Rule357(), "1"))).containsExactly("Episodes:2:RNE");
  }
}
