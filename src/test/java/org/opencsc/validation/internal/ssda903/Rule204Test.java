package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 204: "Ethnic origin code disagrees with the ethnic origin already recorded for this ..." */
class Rule204Test {

  private static Ssda903Fixture fixture(String now) {
    Ssda903Fixture last = Ssda903Fixture.of("2024-25").table("Header", "CHILD,ETHNIC", "1,wbri");
    return Ssda903Fixture.of("2025-26")
        .table("Header", "CHILD,ETHNIC", "1," + now)
        .table("Episodes", "CHILD,DECOM", "1,01/05/2025")
        .previous(last);
  }

  @Test
  void theSameAsLastYearPasses() {
    assertThat(fixture("WBRI").check(new Rule204(), "1")).isEmpty();
  }

  @Test
  void aDifferentValueFails() {
    assertThat(flagged(fixture("MWBC").check(new Rule204(), "1")))
        .containsExactly("Header:2:ETHNIC");
  }
}
