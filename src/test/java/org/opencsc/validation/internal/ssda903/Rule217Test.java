package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 217: "Children who are placed for adoption with current foster carers (placement ..." */
class Rule217Test {

  @Test
  void anAdoptionPlacementStartingWithSTOrUPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE,RNE", "1,01/05/2025,A3,T", "1,01/05/2014,A5,P");
    assertThat(f.check(new Rule217(), "1")).isEmpty();
  }

  @Test
  void anAdoptionPlacementStartingWithAnotherReasonFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE,RNE", "1,01/05/2025,A5,P");
    assertThat(flagged(f.check(new Rule217(), "1"))).containsExactly("Episodes:2:RNE");
  }
}
