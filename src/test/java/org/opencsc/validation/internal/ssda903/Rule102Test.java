package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 102: "Date of birth is not a valid date." */
class Rule102Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table("Header", "CHILD,DOB", "1,01/05/2025", "2,31/02/2025", "3,");
  }

  @Test
  void aValidDatePasses() {
    assertThat(fixture().check(new Rule102(), "1")).isEmpty();
  }

  @Test
  void anImpossibleOrBlankDateFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule102(), "2"))).containsExactly("Header:3:DOB");
    assertThat(flagged(f.check(new Rule102(), "3"))).containsExactly("Header:4:DOB");
  }
}
