package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 631: "Previous permanence option not a valid value." */
class Rule631Test {
  private static final Codes PREV_PERM =
      Ssda903Fixture.codes(Map.of("PREV_PERM", List.of("P1", "P2", "P3", "P4", "Z1")));

  @Test
  void aListedOrBlankCodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", PREV_PERM).table("PrevPerm", "CHILD,PREV_PERM", "1,P1", "1,");
    assertThat(f.check(new Rule631(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", PREV_PERM).table("PrevPerm", "CHILD,PREV_PERM", "1,P0");
    assertThat(flagged(f.check(new Rule631(), "1"))).containsExactly("PrevPerm:2:PREV_PERM");
  }
}
