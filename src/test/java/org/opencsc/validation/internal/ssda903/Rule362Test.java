package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 362: "Emergency protection order (EPO) lasted longer than 21 days" */
class Rule362Test {

  @Test
  void aShortEnoughSpellPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,LS",
                "1,01/05/2025,02/05/2025,L2",
                "1,02/05/2025,22/05/2025,L2",
                "1,22/05/2025,,C2");
    assertThat(f.check(new Rule362(), "1")).isEmpty();
  }

  @Test
  void aSpellOverTheLimitAcrossEpisodesFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,LS",
                "1,01/05/2025,02/05/2025,L2",
                "1,02/05/2025,23/05/2025,L2",
                "1,23/05/2025,,C2");
    assertThat(flagged(f.check(new Rule362(), "1")))
        .containsExactly(
            "Episodes:2:LS",
            "Episodes:2:DECOM",
            "Episodes:2:DEC",
            "Episodes:3:LS",
            "Episodes:3:DECOM",
            "Episodes:3:DEC");
  }
}
