package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 174: "Mother's child date of birth is recorded but sex shows that the child is a male." */
class Rule174Test {

  @Test
  void aMotherWithAChildsDateOfBirthPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,SEX,MC_DOB", "1,F,01/02/2025", "2,M,");
    assertThat(f.check(new Rule174(), "1")).isEmpty();
    assertThat(f.check(new Rule174(), "2")).isEmpty();
  }

  @Test
  void aMaleChildWithAChildsDateOfBirthFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,SEX,MC_DOB", "1,M,01/02/2025");
    assertThat(flagged(f.check(new Rule174(), "1")))
        .containsExactly("Header:2:SEX", "Header:2:MC_DOB");
  }
}
