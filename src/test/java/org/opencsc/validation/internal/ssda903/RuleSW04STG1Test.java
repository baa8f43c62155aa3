package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** SW04STG1: "Date social worker episode began is not a valid date.." */
class RuleSW04STG1Test {
  @Test
  void aValidStartPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("SWEpisodes", "CHILD,SW_DECOM", "1,01/05/2025");
    assertThat(f.check(new RuleSW04STG1(), "1")).isEmpty();
  }

  @Test
  void aBlankOrUnreadableStartFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("SWEpisodes", "CHILD,SW_DECOM", "1,", "1,ZZ/ZZ/ZZZZ");
    assertThat(flagged(f.check(new RuleSW04STG1(), "1")))
        .containsExactly("SWEpisodes:2:SW_DECOM", "SWEpisodes:3:SW_DECOM");
  }
}
