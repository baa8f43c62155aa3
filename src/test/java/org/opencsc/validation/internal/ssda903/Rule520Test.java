package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 520: "Data entry on the legal status of adopters shows different gender married couple but data
 * entry on genders of adopters shows it as a same gender couple."
 */
class Rule520Test {

  @Test
  void agreeingValuesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,LS_ADOPTR,SEX_ADOPTR", "1,L11,MF");
    assertThat(f.check(new Rule520(), "1")).isEmpty();
  }

  @Test
  void contradictingValuesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,LS_ADOPTR,SEX_ADOPTR", "1,L11,FF");
    assertThat(flagged(f.check(new Rule520(), "1")))
        .containsExactly("AD1:2:LS_ADOPTR", "AD1:2:SEX_ADOPTR");
  }
}
