package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 165: "Data entry for mother status is invalid." */
class Rule165Test {

  private static Ssda903Fixture fixture(String sex, String mother, String ls) {
    return Ssda903Fixture.of("2025-26")
        .table("Header", "CHILD,SEX,MOTHER", "1," + sex + "," + mother)
        .table("Episodes", "CHILD,DECOM,DEC,LS", "1,01/05/2025,," + ls);
  }

  @Test
  void aCompletedStatusForAGirlOrBlankForABoyPasses() {
    assertThat(fixture("F", "0", "C2").check(new Rule165(), "1")).isEmpty();
    assertThat(fixture("M", "", "C2").check(new Rule165(), "1")).isEmpty();
    assertThat(fixture("F", "", "V3").check(new Rule165(), "1")).isEmpty(); // short breaks only
  }

  @Test
  void blankForAGirlInCareOrGivenForABoyOrAnInvalidCodeFails() {
    assertThat(flagged(fixture("F", "", "C2").check(new Rule165(), "1")))
        .containsExactly("Header:2:MOTHER");
    assertThat(flagged(fixture("M", "1", "C2").check(new Rule165(), "1")))
        .containsExactly("Header:2:MOTHER", "Header:2:SEX");
    assertThat(flagged(fixture("F", "2", "C2").check(new Rule165(), "1")))
        .containsExactly("Header:2:MOTHER");
  }
}
