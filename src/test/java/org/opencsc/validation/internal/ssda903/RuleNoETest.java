package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * NoE: "This child has no episodes loaded for previous year even though child started to be looked
 * after before this current year."
 */
class RuleNoETest {
  @Test
  void anEarlierStartWithLastYearsEpisodesPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM", "1,01/01/2025")
            .previous(
                Ssda903Fixture.of("2024-25").table("Episodes", "CHILD,DECOM", "1,01/01/2025"));
    assertThat(f.check(new RuleNoE(), "1")).isEmpty();
  }

  @Test
  void anEarlierStartWithoutLastYearsEpisodesFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM", "1,01/01/2025", "1,01/06/2025")
            .previous(
                Ssda903Fixture.of("2024-25").table("Episodes", "CHILD,DECOM", "2,01/01/2025"));
    assertThat(flagged(f.check(new RuleNoE(), "1"))).containsExactly("Episodes:2:DECOM");
  }
}
