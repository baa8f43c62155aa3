package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 383: "A child in a temporary placement must subsequently return to his/her normal placement." */
class Rule383Test {

  @Test
  void aReturnToTheUsualPlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,PLACE,PL_POST",
                "1,01/05/2025,S,U4,AB1 2CD",
                "1,01/06/2025,P,T1,EF3 4GH",
                "1,10/06/2025,P,U4,AB1 2CD");
    assertThat(f.check(new Rule383(), "1")).isEmpty();
  }

  @Test
  void aMoveElsewhereAfterATemporaryPlacementFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,RNE,PLACE,PL_POST",
                "1,01/05/2025,S,U4,AB1 2CD",
                "1,01/06/2025,P,T1,EF3 4GH",
                "1,10/06/2025,P,U4,XY9 8ZZ");
    assertThat(flagged(f.check(new Rule383(), "1")))
        .containsExactly("Episodes:4:PLACE", "Episodes:4:RNE", "Episodes:4:PL_POST");
  }
}
