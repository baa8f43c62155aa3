package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Postcodes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 179: "Placement location code is not a valid code." */
class Rule179Test {

  @Test
  void aKnownPlacementPostcodeOrAShortBreakOrNoCouncilCodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,ZZ9 9", "1,V3,,");
    assertThat(f.check(new Rule179(), "1")).isEmpty();
    Ssda903Fixture noCouncil =
        Ssda903Fixture.of("2025-26")
            .postcodes(new Postcodes(testPostcodes().sectors(), null))
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,ZZ7 7");
    assertThat(noCouncil.check(new Rule179(), "1")).isEmpty();
  }

  @Test
  void anUnknownPlacementPostcodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,ZZ7 7");
    assertThat(flagged(f.check(new Rule179(), "1"))).containsExactly("Episodes:2:PL_POST");
  }
}
