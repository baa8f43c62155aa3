package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 207: "Mother status for the current year disagrees with the mother status already ..." */
class Rule207Test {

  private static Ssda903Fixture fixture(String now) {
    Ssda903Fixture last = Ssda903Fixture.of("2024-25").table("Header", "CHILD,MOTHER", "1,1");
    return Ssda903Fixture.of("2025-26")
        .table("Header", "CHILD,MOTHER", "1," + now)
        .table("Episodes", "CHILD,DECOM", "1,01/05/2025")
        .previous(last);
  }

  @Test
  void theSameAsLastYearPasses() {
    assertThat(fixture("1").check(new Rule207(), "1")).isEmpty();
  }

  @Test
  void aDifferentValueFails() {
    assertThat(flagged(fixture("0").check(new Rule207(), "1"))).containsExactly("Header:2:MOTHER");
  }
}
