package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 145: "Category of need code is not a valid code." */
class Rule145Test {

  private static final Codes CODES = Ssda903Fixture.codes(Map.of("CIN", List.of("N1", "N8")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES).table("Episodes", "CHILD,CIN", "1,N1", "1,", "2,N9");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule145(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule145(), "2"))).containsExactly("Episodes:4:CIN");
  }
}
