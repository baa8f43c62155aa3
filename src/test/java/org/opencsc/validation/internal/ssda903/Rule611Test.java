package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 611: "Date of birth field is blank, but child is a mother." */
class Rule611Test {
  @Test
  void aMotherWithHerChildsBirthDatePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,MOTHER,MC_DOB", "1,1,01/01/2025");
    assertThat(f.check(new Rule611(), "1")).isEmpty();
  }

  @Test
  void aMotherWithoutHerChildsBirthDateFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Header", "CHILD,MOTHER,MC_DOB", "1,1,");
    assertThat(flagged(f.check(new Rule611(), "1"))).containsExactly("Header:2:MC_DOB");
  }
}
