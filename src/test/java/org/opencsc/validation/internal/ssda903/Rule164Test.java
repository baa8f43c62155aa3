package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 164: "Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check
 * will result in false positives for children formerly UASC not identified as such in loaded data]"
 */
class Rule164Test {

  @Test
  void aDistanceUpTo999point9MilesPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,ZZ9 9", "1,C2,,ZZ1 2");
    assertThat(f.check(new Rule164(), "1")).isEmpty();
  }

  @Test
  void anUnknownPostcodeOrADistanceOver999point9Fails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table(
                "Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ7 7,ZZ1 2", "1,C2,ZZ1 1,ZZ8 8");
    assertThat(flagged(f.check(new Rule164(), "1")))
        .containsExactly(
            "Episodes:2:HOME_POST",
            "Episodes:2:PL_POST",
            "Episodes:3:HOME_POST",
            "Episodes:3:PL_POST");
  }
}
