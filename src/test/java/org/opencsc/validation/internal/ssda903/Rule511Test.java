package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 511: "If reporting that the number of person(s) adopting the looked after child is two adopters
 * then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the
 * adopting couple are both females; MF = The adopting couple are male and female."
 */
class Rule511Test {

  @Test
  void agreeingValuesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,NB_ADOPTR,SEX_ADOPTR", "1,2,MF");
    assertThat(f.check(new Rule511(), "1")).isEmpty();
  }

  @Test
  void contradictingValuesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,NB_ADOPTR,SEX_ADOPTR", "1,2,F1");
    assertThat(flagged(f.check(new Rule511(), "1")))
        .containsExactly("AD1:2:NB_ADOPTR", "AD1:2:SEX_ADOPTR");
  }
}
