package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 146: "Placement type code is not a valid code." */
class Rule146Test {

  private static final Codes CODES = Ssda903Fixture.codes(Map.of("PLACE", List.of("P1", "Z14")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES)
        .table("Episodes", "CHILD,PLACE", "1,P1", "1,", "2,H5");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule146(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule146(), "2"))).containsExactly("Episodes:4:PLACE");
  }
}
