package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 202: "The gender code conflicts with the gender already recorded for this child." */
class Rule202Test {

  private static Ssda903Fixture fixture(String now) {
    Ssda903Fixture last = Ssda903Fixture.of("2024-25").table("Header", "CHILD,SEX", "1,F");
    return Ssda903Fixture.of("2025-26")
        .table("Header", "CHILD,SEX", "1," + now)
        .table("Episodes", "CHILD,DECOM", "1,01/05/2025")
        .previous(last);
  }

  @Test
  void theSameAsLastYearPasses() {
    assertThat(fixture("F").check(new Rule202(), "1")).isEmpty();
  }

  @Test
  void aDifferentValueFails() {
    assertThat(flagged(fixture("M").check(new Rule202(), "1"))).containsExactly("Header:2:SEX");
  }
}
