package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 521: "Date of local authority's decision (LA) that adoption is in the best interests of the child
 * (date should be placed) must be on or prior to the date the child is placed for adoption."
 */
class Rule521Test {

  @Test
  void aDecisionBeforeThePlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/05/2025,U4", "1,01/06/2025,A4")
            .table("AD1", "CHILD,DATE_INT", "1,01/06/2025");
    assertThat(f.check(new Rule521(), "1")).isEmpty();
  }

  @Test
  void aDecisionAfterThePlacementFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/05/2025,U4", "1,01/06/2025,A6")
            .table("AD1", "CHILD,DATE_INT", "1,02/06/2025");
    assertThat(flagged(f.check(new Rule521(), "1")))
        .containsExactly("AD1:2:DATE_INT", "Episodes:3:DECOM");
  }
}
