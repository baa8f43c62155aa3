package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 141: "Date episode began is not a valid date." */
class Rule141Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table("Episodes", "CHILD,DECOM", "1,01/05/2025", "1,", "2,31/02/2025", "3,01/05/25");
  }

  @Test
  void aValidDateOrBlankPasses() {
    assertThat(fixture().check(new Rule141(), "1")).isEmpty();
  }

  @Test
  void anImpossibleOrShortDateFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule141(), "2"))).containsExactly("Episodes:4:DECOM");
    assertThat(flagged(f.check(new Rule141(), "3"))).containsExactly("Episodes:5:DECOM");
  }
}
