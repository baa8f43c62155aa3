package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 431: "The reason for new episode is started to be looked after, but the previous episode ended on
 * the same day."
 */
class Rule431Test {

  @Test
  void consistentEpisodesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes", "CHILD,DECOM,DEC,RNE", "1,01/05/2025,01/06/2025,S", "1,02/06/2025,,S");
    assertThat(f.check(new Rule431(), "1")).isEmpty();
  }

  @Test
  void inconsistentEpisodesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes", "CHILD,DECOM,DEC,RNE", "1,01/05/2025,01/06/2025,S", "1,01/06/2025,,S");
    assertThat(flagged(f.check(new Rule431(), "1")))
        .containsExactly("Episodes:3:RNE", "Episodes:3:DECOM");
  }
}
