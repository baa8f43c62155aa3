package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 437: "Reason episode ceased is child has died or is aged 18 or over but there are further
 * episodes."
 */
class Rule437Test {

  @Test
  void consistentEpisodesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,REC",
                "1,01/05/2025,01/06/2025,E4A",
                "1,01/07/2025,01/08/2025,E2");
    assertThat(f.check(new Rule437(), "1")).isEmpty();
  }

  @Test
  void inconsistentEpisodesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes", "CHILD,DECOM,DEC,REC", "1,01/05/2025,01/06/2025,E15", "1,01/07/2025,,");
    assertThat(flagged(f.check(new Rule437(), "1"))).containsExactly("Episodes:2:REC");
  }
}
