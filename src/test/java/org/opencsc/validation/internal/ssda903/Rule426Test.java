package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 426: "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the
 * same year."
 */
class Rule426Test {

  @Test
  void consistentEpisodesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,LS", "1,01/05/2025,V3", "1,01/06/2025,V3");
    assertThat(f.check(new Rule426(), "1")).isEmpty();
  }

  @Test
  void inconsistentEpisodesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,LS", "1,01/05/2025,V3", "1,01/06/2025,V4");
    assertThat(flagged(f.check(new Rule426(), "1")))
        .containsExactly("Episodes:2:LS", "Episodes:3:LS");
  }
}
