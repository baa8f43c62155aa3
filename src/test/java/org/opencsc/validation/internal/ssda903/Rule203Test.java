package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 203: "Date of birth disagrees with the date of birth already recorded for this child." */
class Rule203Test {

  private static Ssda903Fixture fixture(String now) {
    Ssda903Fixture last = Ssda903Fixture.of("2024-25").table("Header", "CHILD,DOB", "1,01/05/2010");
    return Ssda903Fixture.of("2025-26")
        .table("Header", "CHILD,DOB", "1," + now)
        .table("Episodes", "CHILD,DECOM", "1,01/05/2025")
        .previous(last);
  }

  @Test
  void theSameAsLastYearPasses() {
    assertThat(fixture("01/05/2010").check(new Rule203(), "1")).isEmpty();
  }

  @Test
  void aDifferentValueFails() {
    assertThat(flagged(fixture("02/05/2010").check(new Rule203(), "1")))
        .containsExactly("Header:2:DOB");
  }
}
