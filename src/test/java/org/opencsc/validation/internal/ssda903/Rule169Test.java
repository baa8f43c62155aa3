package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 169: "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode
 * has been entered."
 */
class Rule169Test {

  @Test
  void aKnownPlacementPostcodeOrAShortBreakPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,,ZZ9 9", "1,V3,,");
    assertThat(f.check(new Rule169(), "1")).isEmpty();
  }

  @Test
  void aBlankOrUnknownPlacementPostcodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,", "1,C2,ZZ1 1,ZZ7 7");
    assertThat(flagged(f.check(new Rule169(), "1")))
        .containsExactly("Episodes:2:PL_POST", "Episodes:3:PL_POST");
  }
}
