package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 1003: "Date of LA's decision that a child should be placed for adoption is before the child
 * started to be looked after."
 */
class Rule1003Test {

  @Test
  void aDecisionOnOrAfterTheFirstStartPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,RNE", "1,01/05/2025,S", "1,01/06/2025,P")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/05/2025");
    assertThat(f.check(new Rule1003(), "1")).isEmpty();
  }

  @Test
  void aDecisionBeforeTheFirstEpisodeThatStartedCareFails() {
    // the episode with RNE = P starts earlier but did not start a period of care
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,RNE", "1,01/04/2025,P", "1,01/05/2025,S")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,20/04/2025");
    assertThat(flagged(f.check(new Rule1003(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED", "Episodes:3:DECOM");
  }
}
