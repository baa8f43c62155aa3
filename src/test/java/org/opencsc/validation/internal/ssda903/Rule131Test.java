package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 131: "Data entry for being in touch after leaving care is invalid." */
class Rule131Test {

  private static final Codes CODES = Ssda903Fixture.codes(Map.of("IN_TOUCH", List.of("YES", "NO")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES)
        .table("OC3", "CHILD,IN_TOUCH", "1,YES", "1,", "2,REFUSE");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule131(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule131(), "2"))).containsExactly("OC3:4:IN_TOUCH");
  }
}
