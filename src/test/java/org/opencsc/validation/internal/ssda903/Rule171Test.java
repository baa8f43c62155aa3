package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 171: "Date of birth of mother's child is not a valid date." */
class Rule171Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table("Header", "CHILD,MC_DOB", "1,01/05/2025", "1,", "2,31/02/2025", "3,01/05/25");
  }

  @Test
  void aValidDateOrBlankPasses() {
    assertThat(fixture().check(new Rule171(), "1")).isEmpty();
  }

  @Test
  void anImpossibleOrShortDateFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule171(), "2"))).containsExactly("Header:4:MC_DOB");
    assertThat(flagged(f.check(new Rule171(), "3"))).containsExactly("Header:5:MC_DOB");
  }
}
