package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * SW06STG2: "Social worker episode data should be within the social worker data reporting year."
 */
class RuleSW06STG2Test {
  @Test
  void aStartInTheYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("SWEpisodes", "CHILD,SW_DECOM", "1,31/03/2026");
    assertThat(f.check(new RuleSW06STG2(), "1")).isEmpty();
  }

  @Test
  void aStartAfterTheYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("SWEpisodes", "CHILD,SW_DECOM", "1,01/04/2026");
    assertThat(flagged(f.check(new RuleSW06STG2(), "1"))).containsExactly("SWEpisodes:2:SW_DECOM");
  }
}
