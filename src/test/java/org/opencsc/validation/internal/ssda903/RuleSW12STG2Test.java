package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * SW12STG2: "If a child is looked after on 31 March then all social worker episodes for the full
 * previous year should be reported, even those whilst they were not looked after"
 */
class RuleSW12STG2Test {
  @Test
  void socialWorkersFromTheStartOfTheYearPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/01/2024,", "2,01/09/2025,")
            .table("SWEpisodes", "CHILD,SW_DECOM,SW_DEC", "1,01/03/2025,", "2,01/09/2025,");
    assertThat(f.check(new RuleSW12STG2(), "1")).isEmpty();
    assertThat(f.check(new RuleSW12STG2(), "2")).isEmpty();
  }

  @Test
  void socialWorkersMissingForPartOfTheYearFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/01/2024,", "2,01/09/2025,")
            .table("SWEpisodes", "CHILD,SW_DECOM,SW_DEC", "1,01/06/2025,");
    assertThat(flagged(f.check(new RuleSW12STG2(), "1"))).containsExactly("SWEpisodes:2:SW_DECOM");
    assertThat(flagged(f.check(new RuleSW12STG2(), "2"))).containsExactly("Episodes:3:DECOM");
  }
}
