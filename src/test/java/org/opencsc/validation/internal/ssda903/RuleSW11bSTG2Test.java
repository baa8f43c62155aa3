package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * SW11bSTG2: "Social worker episode has ended before 31 March and no subsequent social worker
 * episode has been provided."
 */
class RuleSW11bSTG2Test {
  @Test
  void aCurrentSocialWorkerPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,")
            .table(
                "SWEpisodes", "CHILD,SW_DECOM,SW_DEC", "1,01/04/2025,01/06/2025", "1,01/06/2025,");
    assertThat(f.check(new RuleSW11bSTG2(), "1")).isEmpty();
  }

  @Test
  void aLastEpisodeEndedBeforeTheYearEndFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,")
            .table("SWEpisodes", "CHILD,SW_DECOM,SW_DEC", "1,01/04/2025,01/06/2025");
    assertThat(flagged(f.check(new RuleSW11bSTG2(), "1"))).containsExactly("SWEpisodes:2:SW_DEC");
  }
}
