package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1015: "Placement provider is own provision but child not placed in own LA." */
class Rule1015Test {

  @Test
  void ownProvisionInTheCouncilOrFosteringOutsideItPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table(
                "Episodes",
                "CHILD,LS,PLACE,PLACE_PROVIDER,HOME_POST,PL_POST",
                "1,C2,K2,PR1,ZZ1 1,ZZ1 2",
                "1,C2,U1,PR1,ZZ1 1,ZZ9 9",
                "1,C2,K2,PR4,ZZ1 1,ZZ9 9");
    assertThat(f.check(new Rule1015(), "1")).isEmpty();
  }

  @Test
  void ownProvisionOutsideTheCouncilFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table(
                "Episodes",
                "CHILD,LS,PLACE,PLACE_PROVIDER,HOME_POST,PL_POST",
                "1,C2,K2,PR1,ZZ1 1,ZZ9 9");
    assertThat(flagged(f.check(new Rule1015(), "1"))).containsExactly("Episodes:2:PL_POST");
  }
}
