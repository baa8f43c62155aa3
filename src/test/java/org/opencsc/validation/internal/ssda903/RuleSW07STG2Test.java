package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * SW07STG2: "Social worker episode end date should be on or after the start of the social worker
 * reporting period, and should be on or before the collection end date."
 */
class RuleSW07STG2Test {
  @Test
  void anEndInTheReportingPeriodPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("SWEpisodes", "CHILD,SW_DEC", "1,01/04/2024", "1,31/03/2026", "1,");
    assertThat(f.check(new RuleSW07STG2(), "1")).isEmpty();
  }

  @Test
  void anEndOutsideThePeriodFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("SWEpisodes", "CHILD,SW_DEC", "1,31/03/2024", "1,01/04/2026");
    assertThat(flagged(f.check(new RuleSW07STG2(), "1")))
        .containsExactly("SWEpisodes:2:SW_DEC", "SWEpisodes:3:SW_DEC");
  }
}
