package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 351: "Child was over 25 at the start of the current collection year." */
class Rule351Test {

  @Test
  void a25thBirthdayOnTheFirstDayPasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB", "1,01/04/2000");
    assertThat(f.check(new Rule351(), "1")).isEmpty();
  }

  @Test
  void a25thBirthdayBeforeTheYearFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB", "1,31/03/2000");
    assertThat(flagged(f.check(new Rule351(), "1"))).containsExactly("Header:2:DOB");
  }
}
