package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 355: "Episode appears to have lasted for less than 24 hours" */
class Rule355Test {

  @Test
  void anEpisodeOfADayOrMorePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/05/2025,02/05/2025", "1,02/05/2025,");
    assertThat(f.check(new Rule355(), "1")).isEmpty();
  }

  @Test
  void anEpisodeEndingTheDayItStartsIsQueried() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,DECOM,DEC", "1,01/05/2025,1/5/2025");
    assertThat(flagged(f.check(new Rule355(), "1")))
        .containsExactly("Episodes:2:DECOM", "Episodes:2:DEC");
  }
}
