package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** SW05STG1: "Date social worker episode began is not a valid date." */
class RuleSW05STG1Test {
  @Test
  void aValidOrBlankEndPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("SWEpisodes", "CHILD,SW_DEC", "1,01/05/2025", "1,");
    assertThat(f.check(new RuleSW05STG1(), "1")).isEmpty();
  }

  @Test
  void anUnreadableEndFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("SWEpisodes", "CHILD,SW_DEC", "1,2025/05/01");
    assertThat(flagged(f.check(new RuleSW05STG1(), "1"))).containsExactly("SWEpisodes:2:SW_DEC");
  }
}
