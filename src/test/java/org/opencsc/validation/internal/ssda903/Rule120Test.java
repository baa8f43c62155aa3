package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 120: "The reason for the reversal of the decision that the child should be placed for adoption
 * code is not valid."
 */
class Rule120Test {

  private static final Codes CODES =
      Ssda903Fixture.codes(Map.of("REASON_PLACED_CEASED", List.of("RD1", "RD4")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES)
        .table("PlacedAdoption", "CHILD,REASON_PLACED_CEASED", "1,RD1", "1,", "2,RD0");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule120(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule120(), "2")))
        .containsExactly("PlacedAdoption:4:REASON_PLACED_CEASED");
  }
}
