package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 502: "Last year's record ended with an open episode. The date on which that episode started does
 * not match the start date of the first episode on this year’s record."
 */
class Rule502Test {

  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2024-25")
        .table("Episodes", "CHILD,DECOM,DEC", "1,01/05/2024,01/06/2024", "1,01/06/2024,");
  }

  @Test
  void theOpenEpisodeCarriedOverPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/06/2024,")
            .previous(lastYear());
    assertThat(f.check(new Rule502(), "1")).isEmpty();
  }

  @Test
  void aDifferentFirstStartFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/07/2024,")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule502(), "1"))).containsExactly("Episodes:2:DECOM");
  }
}
