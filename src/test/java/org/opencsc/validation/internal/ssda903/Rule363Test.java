package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 363: "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989."
 */
class Rule363Test {

  @Test
  void aShortEnoughSpellPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,LS",
                "1,01/05/2025,02/05/2025,L3",
                "1,02/05/2025,08/05/2025,L3",
                "1,08/05/2025,,C2");
    assertThat(f.check(new Rule363(), "1")).isEmpty();
  }

  @Test
  void aSpellOverTheLimitAcrossEpisodesFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,LS",
                "1,01/05/2025,02/05/2025,L3",
                "1,02/05/2025,09/05/2025,L3",
                "1,09/05/2025,,C2");
    assertThat(flagged(f.check(new Rule363(), "1")))
        .containsExactly(
            "Episodes:2:LS",
            "Episodes:2:DECOM",
            "Episodes:2:DEC",
            "Episodes:3:LS",
            "Episodes:3:DECOM",
            "Episodes:3:DEC");
  }
}
