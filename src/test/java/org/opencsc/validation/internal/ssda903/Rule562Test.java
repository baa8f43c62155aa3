package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 562: "Episode commenced before the start of the current collection year but there is a missing
 * continuous episode in the previous year."
 */
class Rule562Test {
  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2024-25")
        .table("Episodes", "CHILD,DECOM", "1,01/06/2024", "1,01/01/2025");
  }

  @Test
  void theOpenEpisodeCarriedFromLastYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM", "1,01/01/2025", "1,01/06/2025")
            .previous(lastYear());
    assertThat(f.check(new Rule562(), "1")).isEmpty();
  }

  @Test
  void anEarlierStartNotLastYearsLatestEpisodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM", "1,02/01/2025")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule562(), "1"))).containsExactly("Episodes:2:DECOM");
  }
}
