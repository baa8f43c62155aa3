package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 205A: "Child identified as UASC last year is no longer UASC this year, but date UASC ..." */
class Rule205ATest {

  private static Ssda903Fixture fixture(String lastYearCeased) {
    Ssda903Fixture last =
        Ssda903Fixture.of("2024-25")
            .table("Header", "CHILD,DOB", "1,01/06/2007")
            .table("UASC", "CHILD,SEX,DOB,DUC", "1,M,01/06/2007," + lastYearCeased);
    return Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB", "1,01/06/2007").previous(last);
  }

  @Test
  void aStatusThatCeasedLastYearPasses() {
    assertThat(fixture("01/06/2024").check(new Rule205A(), "1")).isEmpty();
  }

  @Test
  void aStatusThatDidNotCeaseLastYearFails() {
    assertThat(flagged(fixture("").check(new Rule205A(), "1"))).containsExactly("Header:2:");
    assertThat(fixture("01/06/2025").check(new Rule205A(), "1")).hasSize(1);
  }
}
