package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 222: "Ofsted Unique reference number (URN) should not be recorded for this placement ..." */
class Rule222Test {

  @Test
  void noUrnOrThePlaceholderForAPlacementWithParentsPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,PLACE,URN",
                "1,01/05/2025,P1,",
                "1,01/06/2025,R1,XXXXXXX",
                "1,01/07/2025,U1,SC045099");
    assertThat(f.check(new Rule222(), "1")).isEmpty();
  }

  @Test
  void aUrnForATemporaryPlacementFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE,URN", "1,01/05/2025,T2,SC045099");
    assertThat(flagged(f.check(new Rule222(), "1"))).containsExactly("Episodes:2:URN");
  }
}
