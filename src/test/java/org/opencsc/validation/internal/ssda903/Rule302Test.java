package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 302: "First episode starts before child was born." */
class Rule302Test {

  @Test
  void aFirstEpisodeFromBirthPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/05/2025")
            .table("Episodes", "CHILD,DECOM", "1,01/05/2025");
    assertThat(f.check(new Rule302(), "1")).isEmpty();
  }

  @Test
  void aFirstEpisodeBeforeBirthFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/05/2025")
            .table("Episodes", "CHILD,DECOM", "1,01/06/2025", "1,30/04/2025");
    assertThat(flagged(f.check(new Rule302(), "1")))
        .containsExactly("Episodes:3:DECOM", "Header:2:DOB");
  }
}
