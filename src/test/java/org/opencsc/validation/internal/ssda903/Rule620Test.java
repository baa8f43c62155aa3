package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 620: "Child has been recorded as a mother, but date of birth shows that the mother is under 11
 * years of age."
 */
class Rule620Test {
  @Test
  void aMotherOfElevenPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,MOTHER,DOB", "1,1,01/04/2014");
    assertThat(f.check(new Rule620(), "1")).isEmpty();
  }

  @Test
  void aMotherUnderElevenFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,MOTHER,DOB", "1,1,02/04/2014");
    assertThat(flagged(f.check(new Rule620(), "1")))
        .containsExactly("Header:2:MOTHER", "Header:2:DOB");
  }
}
