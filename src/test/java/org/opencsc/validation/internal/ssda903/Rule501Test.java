package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 501: "A new episode has started before the end date of the previous episode." */
class Rule501Test {

  @Test
  void anEpisodeFromThePreviousEndPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/05/2025,01/06/2025", "1,01/06/2025,");
    assertThat(f.check(new Rule501(), "1")).isEmpty();
  }

  @Test
  void anOverlappingEpisodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/05/2025,01/06/2025", "1,31/05/2025,");
    assertThat(flagged(f.check(new Rule501(), "1")))
        .containsExactly("Episodes:3:DECOM", "Episodes:2:DEC");
  }
}
