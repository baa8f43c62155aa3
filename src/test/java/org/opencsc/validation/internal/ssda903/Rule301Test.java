package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 301: "Date of birth falls after the year ended." */
class Rule301Test {

  @Test
  void aBirthByTheYearEndPasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB", "1,31/03/2026");
    assertThat(f.check(new Rule301(), "1")).isEmpty();
  }

  @Test
  void aBirthAfterTheYearEndFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB", "1,01/04/2026");
    assertThat(flagged(f.check(new Rule301(), "1"))).containsExactly("Header:2:DOB");
  }
}
