package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 514: "Data entry on the legal status of adopters shows a single adopter but data entry for the
 * numbers of adopters shows it as a couple."
 */
class Rule514Test {

  @Test
  void agreeingValuesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,LS_ADOPTR,SEX_ADOPTR", "1,L0,F1");
    assertThat(f.check(new Rule514(), "1")).isEmpty();
  }

  @Test
  void contradictingValuesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,LS_ADOPTR,SEX_ADOPTR", "1,L0,MF");
    assertThat(flagged(f.check(new Rule514(), "1")))
        .containsExactly("AD1:2:LS_ADOPTR", "AD1:2:SEX_ADOPTR");
  }
}
