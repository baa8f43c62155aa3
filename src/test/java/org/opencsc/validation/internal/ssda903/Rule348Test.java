package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 348: "Care leaver has previously been reported as having died." */
class Rule348Test {

  @Test
  void diedInBothYearsPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,IN_TOUCH", "1,DIED")
            .previous(Ssda903Fixture.of("2024-25").table("OC3", "CHILD,IN_TOUCH", "1,DIED"));
    assertThat(f.check(new Rule348(), "1")).isEmpty();
  }

  @Test
  void aliveAfterDyingLastYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,IN_TOUCH", "1,YES")
            .previous(Ssda903Fixture.of("2024-25").table("OC3", "CHILD,IN_TOUCH", "1,DIED"));
    assertThat(flagged(f.check(new Rule348(), "1"))).containsExactly("OC3:2:IN_TOUCH");
  }
}
