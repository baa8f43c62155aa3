package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 142: "A new episode has started, but the previous episode has not ended." */
class Rule142Test {

  @Test
  void anEndedEpisodeBeforeTheLatestPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes", "CHILD,DECOM,DEC,REC", "1,01/05/2025,01/06/2025,P1", "1,01/06/2025,,");
    assertThat(f.check(new Rule142(), "1")).isEmpty();
  }

  @Test
  void anEarlierEpisodeWithoutAnEndReasonFails() {
    // listed out of order in the file: the rule reads them in start order
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/06/2025,,", "1,01/05/2025,01/06/2025,");
    assertThat(flagged(f.check(new Rule142(), "1")))
        .containsExactly("Episodes:3:DEC", "Episodes:3:REC");
  }
}
