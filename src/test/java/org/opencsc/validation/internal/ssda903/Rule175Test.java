package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 175: "The number of adopter(s) code is not a valid code." */
class Rule175Test {

  private static final Codes CODES = Ssda903Fixture.codes(Map.of("NB_ADOPTR", List.of("1", "2")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES).table("AD1", "CHILD,NB_ADOPTR", "1,1", "1,", "2,0");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule175(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule175(), "2"))).containsExactly("AD1:4:NB_ADOPTR");
  }
}
