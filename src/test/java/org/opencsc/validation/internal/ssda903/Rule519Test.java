package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 519: "Data entered on the legal status of adopters shows civil partnership couple, but data
 * entered on genders of adopters does not show it as a couple."
 */
class Rule519Test {

  @Test
  void agreeingValuesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,LS_ADOPTR,SEX_ADOPTR", "1,L2,MM");
    assertThat(f.check(new Rule519(), "1")).isEmpty();
  }

  @Test
  void contradictingValuesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,LS_ADOPTR,SEX_ADOPTR", "1,L2,M1");
    assertThat(flagged(f.check(new Rule519(), "1")))
        .containsExactly("AD1:2:LS_ADOPTR", "AD1:2:SEX_ADOPTR");
  }
}
