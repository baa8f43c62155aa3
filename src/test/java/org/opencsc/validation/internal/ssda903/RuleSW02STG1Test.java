package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** SW02STG1: "Social worker ID does not begin with the characters ‘SW’ or ‘XX’." */
class RuleSW02STG1Test {
  @Test
  void anSwOrXxIdPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("SWEpisodes", "CHILD,SW_ID", "1,SW1234", "1,XX12");
    assertThat(f.check(new RuleSW02STG1(), "1")).isEmpty();
  }

  @Test
  void anotherOrShortIdFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("SWEpisodes", "CHILD,SW_ID", "1,ab1234", "1,SW1", "1,");
    assertThat(flagged(f.check(new RuleSW02STG1(), "1")))
        .containsExactly("SWEpisodes:2:SW_ID", "SWEpisodes:3:SW_ID", "SWEpisodes:4:SW_ID");
  }
}
