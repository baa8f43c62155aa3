package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 633: "Local authority code where previous permanence option was arranged is not a valid value."
 */
class Rule633Test {
  private static final Codes LA_PERM =
      Ssda903Fixture.codes(Map.of("LA_PERM", List.of("352", "WAL", "SCO")));

  @Test
  void aListedOrBlankCodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", LA_PERM).table("PrevPerm", "CHILD,LA_PERM", "1,352", "1,");
    assertThat(f.check(new Rule633(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", LA_PERM).table("PrevPerm", "CHILD,LA_PERM", "1,458");
    assertThat(flagged(f.check(new Rule633(), "1"))).containsExactly("PrevPerm:2:LA_PERM");
  }
}
