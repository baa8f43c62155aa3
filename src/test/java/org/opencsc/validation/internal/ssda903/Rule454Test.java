package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 454: "Placement distance from home is over 350 miles. [NOTE: This check will result in false
 * positives for children formerly UASC not identified as such in loaded data]"
 */
class Rule454Test {

  @Test
  void tenMilesPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,ZZ1 2");
    assertThat(f.check(new Rule454(), "1")).isEmpty();
  }

  @Test
  void over350MilesFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,ZZ9 9");
    assertThat(flagged(f.check(new Rule454(), "1")))
        .containsExactly("Episodes:2:HOME_POST", "Episodes:2:PL_POST");
  }
}
