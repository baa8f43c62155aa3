package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** SW01bSTG1: "For each social worker episode, information should be complete" */
class RuleSW01bSTG1Test {
  @Test
  void aCompleteEpisodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "SWEpisodes",
                "CHILD,SW_ID,SW_DECOM,SW_REASON",
                "1,SW123,01/05/2025,MANAGE",
                "1,,01/01/2023,");
    assertThat(f.check(new RuleSW01bSTG1(), "1")).isEmpty();
  }

  @Test
  void anIncompleteEpisodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("SWEpisodes", "CHILD,SW_ID,SW_DECOM,SW_REASON", "1,SW123,01/05/2025,");
    assertThat(flagged(f.check(new RuleSW01bSTG1(), "1")))
        .containsExactly("SWEpisodes:2:SW_REASON");
  }
}
