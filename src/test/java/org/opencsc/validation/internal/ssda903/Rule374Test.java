package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 374: "Child in residential employment should be at least 14 years old." */
class Rule374Test {

  @Test
  void aPlacementFromTheBirthdayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/05/2011")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/05/2025,P3");
    assertThat(f.check(new Rule374(), "1")).isEmpty();
  }

  @Test
  void aPlacementBeforeTheBirthdayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,02/05/2011")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/05/2025,P3");
    assertThat(flagged(f.check(new Rule374(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:DECOM");
  }
}
