package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 176: "The gender of adopter(s) at the date of adoption code is not a valid code." */
class Rule176Test {

  private static final Codes CODES =
      Ssda903Fixture.codes(Map.of("SEX_ADOPTR", List.of("M1", "MF")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES)
        .table("AD1", "CHILD,SEX_ADOPTR", "1,M1", "1,", "2,m1");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule176(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule176(), "2"))).containsExactly("AD1:4:SEX_ADOPTR");
  }
}
