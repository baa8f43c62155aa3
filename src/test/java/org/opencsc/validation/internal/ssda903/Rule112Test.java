package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 112: "Date should be placed for adoption is not a valid date." */
class Rule112Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table("AD1", "CHILD,DATE_INT", "1,01/05/2025", "1,", "2,31/02/2025", "3,01/05/25");
  }

  @Test
  void aValidDateOrBlankPasses() {
    assertThat(fixture().check(new Rule112(), "1")).isEmpty();
  }

  @Test
  void anImpossibleOrShortDateFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule112(), "2"))).containsExactly("AD1:4:DATE_INT");
    assertThat(flagged(f.check(new Rule112(), "3"))).containsExactly("AD1:5:DATE_INT");
  }
}
