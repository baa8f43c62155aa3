package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 517: "If reporting legal status of adopters is L3 then the genders of adopters should be coded as
 * MF. MF = the adopting couple are male and female."
 */
class Rule517Test {

  @Test
  void agreeingValuesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,LS_ADOPTR,SEX_ADOPTR", "1,L3,MF");
    assertThat(f.check(new Rule517(), "1")).isEmpty();
  }

  @Test
  void contradictingValuesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,LS_ADOPTR,SEX_ADOPTR", "1,L3,MM");
    assertThat(flagged(f.check(new Rule517(), "1")))
        .containsExactly("AD1:2:LS_ADOPTR", "AD1:2:SEX_ADOPTR");
  }
}
