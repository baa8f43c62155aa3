package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 420: "LA of placement completed but child is looked after under legal status V3 or V4." */
class Rule420Test {

  @Test
  void aShortBreakWithoutAPlacementPostcodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,V3,,", "1,C2,ZZ1 1,ZZ1 2");
    assertThat(f.check(new Rule420(), "1")).isEmpty();
  }

  @Test
  void aShortBreakWithAPlacementAuthorityFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,V4,,ZZ1 2");
    assertThat(flagged(f.check(new Rule420(), "1"))).containsExactly("Episodes:2:PL_POST");
  }
}
