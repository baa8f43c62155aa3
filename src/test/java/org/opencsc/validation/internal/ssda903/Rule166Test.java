package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 166: "Date of review is invalid or blank." */
class Rule166Test {

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26")
        .table("Reviews", "CHILD,REVIEW", "1,01/05/2025", "2,31/02/2025", "3,");
  }

  @Test
  void aValidDatePasses() {
    assertThat(fixture().check(new Rule166(), "1")).isEmpty();
  }

  @Test
  void anImpossibleOrBlankDateFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule166(), "2"))).containsExactly("Reviews:3:REVIEW");
    assertThat(flagged(f.check(new Rule166(), "3"))).containsExactly("Reviews:4:REVIEW");
  }
}
