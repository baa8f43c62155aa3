package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1009: "Reason for placement change is not a valid code." */
class Rule1009Test {

  private static final Codes CODES =
      Ssda903Fixture.codes(Map.of("REASON_PLACE_CHANGE", List.of("CARPL", "OTHER")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES)
        .table("Episodes", "CHILD,REASON_PLACE_CHANGE", "1,CARPL", "1,", "2,MOVED");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule1009(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule1009(), "2")))
        .containsExactly("Episodes:4:REASON_PLACE_CHANGE");
  }
}
