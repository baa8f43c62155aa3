package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 371: "Child in supported accomodation not subject to children’s homes regulations should be at
 * least 16."
 */
class Rule371Test {

  @Test
  void aPlacementFromTheBirthdayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/05/2009")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/05/2025,K3");
    assertThat(f.check(new Rule371(), "1")).isEmpty();
  }

  @Test
  void aPlacementBeforeTheBirthdayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,02/05/2009")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/05/2025,K3");
    assertThat(flagged(f.check(new Rule371(), "1")))
        .containsExactly("Episodes:2:PLACE", "Episodes:2:DECOM");
  }
}
