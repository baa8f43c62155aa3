package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 432: "The child ceased to be looked after at the end of the previous episode but the reason for
 * the new episode is not started to be looked after."
 */
class Rule432Test {

  @Test
  void consistentEpisodesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,REC,RNE",
                "1,01/05/2025,01/06/2025,E13,S",
                "1,01/07/2025,,,S");
    assertThat(f.check(new Rule432(), "1")).isEmpty();
  }

  @Test
  void inconsistentEpisodesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,REC,RNE",
                "1,01/05/2025,01/06/2025,E4A,S",
                "1,01/07/2025,,,P");
    assertThat(flagged(f.check(new Rule432(), "1"))).containsExactly("Episodes:3:RNE");
  }
}
