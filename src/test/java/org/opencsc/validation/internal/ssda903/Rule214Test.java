package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 214: "Placement location information not required." */
class Rule214Test {

  @Test
  void aShortBreakWithoutLocationPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,LS,PL_POST,URN",
                "1,01/05/2025,V3,,",
                "1,01/06/2025,C2,M2 3RT,SC045099");
    assertThat(f.check(new Rule214(), "1")).isEmpty();
  }

  @Test
  void aShortBreakWithAPostcodeOrUrnFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,LS,PL_POST,URN", "1,01/05/2025,V4,,SC045099");
    assertThat(flagged(f.check(new Rule214(), "1"))).containsExactly("Episodes:2:URN");
  }
}
