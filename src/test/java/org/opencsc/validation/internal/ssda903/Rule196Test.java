package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 196: "Strengths and Difficulties (SDQ) reason is not a valid code." */
class Rule196Test {

  private static final Codes CODES =
      Ssda903Fixture.codes(Map.of("SDQ_REASON", List.of("SDQ1", "SDQ5")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES)
        .table("OC2", "CHILD,SDQ_REASON", "1,SDQ1", "1,", "2,sdq2");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule196(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule196(), "2"))).containsExactly("OC2:4:SDQ_REASON");
  }
}
