package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 210: "Children looked after for more than a week at 31 March should not have an ..." */
class Rule210Test {

  private static Ssda903Fixture fixture(String... episodes) {
    return Ssda903Fixture.of("2025-26")
        .table("Header", "CHILD,UPN", "1,UN4")
        .table("Episodes", "CHILD,DECOM,RNE,DEC", episodes);
  }

  @Test
  void un4ForAChildWhoCameIntoCareInTheLastWeekPasses() {
    assertThat(fixture("1,24/03/2026,S,").check(new Rule210(), "1")).isEmpty();
    // left care before 31 March
    assertThat(fixture("1,01/05/2025,S,01/06/2025").check(new Rule210(), "1")).isEmpty();
  }

  @Test
  void un4ForAChildInCareForMoreThanAWeekFails() {
    // a change of placement in the last week does not start a new period of care
    assertThat(
            flagged(
                fixture("1,01/05/2025,S,25/03/2026", "1,25/03/2026,P,").check(new Rule210(), "1")))
        .containsExactly("Header:2:UPN", "Episodes:2:DECOM");
  }
}
