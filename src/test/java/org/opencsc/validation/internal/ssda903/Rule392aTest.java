package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 392a: "Child is looked after but no distance is recorded. [NOTE: This check may result in false
 * positives for children formerly UASC]"
 */
class Rule392aTest {

  @Test
  void aDistanceOrAShortBreakOrAUascChildPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,ZZ1 2", "1,V3,,")
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "2,C2,,ZZ1 2")
            .table("UASC", "CHILD,DUC", "2,");
    assertThat(f.check(new Rule392a(), "1")).isEmpty();
    assertThat(f.check(new Rule392a(), "2")).isEmpty();
  }

  @Test
  void noDistanceFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ7 7,ZZ1 2");
    assertThat(flagged(f.check(new Rule392a(), "1")))
        .containsExactly("Episodes:2:HOME_POST", "Episodes:2:PL_POST");
  }
}
