package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 334: "Date child started to be looked after in latest period of care must be on or prior to the
 * date should be placed for adoption."
 */
class Rule334Test {

  @Test
  void aDecisionAfterTheLatestStartPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,RNE", "1,01/05/2025,S", "1,01/06/2025,P")
            .table("AD1", "CHILD,DATE_INT", "1,01/05/2025");
    assertThat(f.check(new Rule334(), "1")).isEmpty();
  }

  @Test
  void aDecisionBeforeTheLatestPeriodOfCareFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,RNE", "1,01/04/2025,S", "1,01/07/2025,S")
            .table("AD1", "CHILD,DATE_INT", "1,01/05/2025");
    assertThat(flagged(f.check(new Rule334(), "1")))
        .containsExactly("AD1:2:DATE_INT", "Episodes:3:DECOM");
  }
}
