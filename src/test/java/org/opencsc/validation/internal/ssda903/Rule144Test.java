package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 144: "The legal status code is not a valid code." */
class Rule144Test {

  private static final Codes CODES = Ssda903Fixture.codes(Map.of("LS", List.of("C1", "C2")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES).table("Episodes", "CHILD,LS", "1,C1", "1,", "2,S20");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule144(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule144(), "2"))).containsExactly("Episodes:4:LS");
  }
}
