package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 177: "The legal status of adopter(s) code is not a valid code." */
class Rule177Test {

  private static final Codes CODES = Ssda903Fixture.codes(Map.of("LS_ADOPTR", List.of("L0", "L4")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES)
        .table("AD1", "CHILD,LS_ADOPTR", "1,L0", "1,", "2,L5");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule177(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule177(), "2"))).containsExactly("AD1:4:LS_ADOPTR");
  }
}
