package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 364: "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a
 * child can be detained in custody in Local Authority (LA) accommodation."
 */
class Rule364Test {

  @Test
  void aShortEnoughSpellPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,LS",
                "1,01/05/2025,02/05/2025,J2",
                "1,02/05/2025,22/05/2025,J2",
                "1,22/05/2025,,C2");
    assertThat(f.check(new Rule364(), "1")).isEmpty();
  }

  @Test
  void aSpellOverTheLimitAcrossEpisodesFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,LS",
                "1,01/05/2025,02/05/2025,J2",
                "1,02/05/2025,23/05/2025,J2",
                "1,23/05/2025,,C2");
    assertThat(flagged(f.check(new Rule364(), "1")))
        .containsExactly(
            "Episodes:2:LS",
            "Episodes:2:DECOM",
            "Episodes:2:DEC",
            "Episodes:3:LS",
            "Episodes:3:DECOM",
            "Episodes:3:DEC");
  }
}
