package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** SW17STG2: "There is no social worker episode open at 31 March" */
class RuleSW17STG2Test {
  @Test
  void anOpenLatestEpisodeOrAChildWhoLeftCarePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,", "2,01/04/2025,01/06/2025")
            .table(
                "SWEpisodes",
                "CHILD,SW_DECOM,SW_DEC",
                "1,01/04/2025,01/06/2025",
                "1,01/06/2025,",
                "2,01/04/2025,01/06/2025");
    assertThat(f.check(new RuleSW17STG2(), "1")).isEmpty();
    assertThat(f.check(new RuleSW17STG2(), "2")).isEmpty();
  }

  @Test
  void aClosedLatestEpisodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,")
            .table("SWEpisodes", "CHILD,SW_DECOM,SW_DEC", "1,01/04/2025,31/03/2026");
    assertThat(flagged(f.check(new RuleSW17STG2(), "1"))).containsExactly("SWEpisodes:2:SW_DEC");
  }
}
