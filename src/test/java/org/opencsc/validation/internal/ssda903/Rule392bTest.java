package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 392b: "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false
 * positives for children formerly UASC, particularly if current & prior year UASC data not loaded]"
 */
class Rule392bTest {

  @Test
  void postcodesGivenOrAShortBreakOrAUascChildPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,AB1 2CD,EF3 4GH", "1,V3,,")
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "2,C2,,")
            .table("UASC", "CHILD,DUC", "2,");
    assertThat(f.check(new Rule392b(), "1")).isEmpty();
    assertThat(f.check(new Rule392b(), "2")).isEmpty();
  }

  @Test
  void aMissingPostcodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,AB1 2CD,");
    assertThat(flagged(f.check(new Rule392b(), "1")))
        .containsExactly("Episodes:2:HOME_POST", "Episodes:2:PL_POST");
  }
}
