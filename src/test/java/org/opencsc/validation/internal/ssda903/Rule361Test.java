package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 361: "Police protection legal status lasted longer than maximum 72 hours allowed in the Children
 * Act 1989."
 */
class Rule361Test {

  @Test
  void aShortEnoughSpellPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,LS",
                "1,01/05/2025,02/05/2025,L1",
                "1,02/05/2025,04/05/2025,L1",
                "1,04/05/2025,,C2");
    assertThat(f.check(new Rule361(), "1")).isEmpty();
  }

  @Test
  void aSpellOverTheLimitAcrossEpisodesFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,LS",
                "1,01/05/2025,02/05/2025,L1",
                "1,02/05/2025,05/05/2025,L1",
                "1,05/05/2025,,C2");
    assertThat(flagged(f.check(new Rule361(), "1")))
        .containsExactly(
            "Episodes:2:LS",
            "Episodes:2:DECOM",
            "Episodes:2:DEC",
            "Episodes:3:LS",
            "Episodes:3:DECOM",
            "Episodes:3:DEC");
  }
}
