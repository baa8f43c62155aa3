package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 101: "The child or young person’s reported sex is not valid." */
class Rule101Test {

  private static final Codes CODES = Ssda903Fixture.codes(Map.of("SEX", List.of("M", "F", "U")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES).table("Header", "CHILD,SEX", "1,M", "2,X", "3,");
  }

  @Test
  void aListedCodePasses() {
    assertThat(fixture().check(new Rule101(), "1")).isEmpty();
  }

  @Test
  void anUnlistedOrBlankCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule101(), "2"))).containsExactly("Header:3:SEX");
    assertThat(flagged(f.check(new Rule101(), "3"))).containsExactly("Header:4:SEX");
  }
}
