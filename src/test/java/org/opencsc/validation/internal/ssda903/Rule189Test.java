package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 189: "Child is aged 17 years or over at the beginning of the year, but an Strengths ..." */
class Rule189Test {

  @Test
  void sdqItemsForASixteenYearOldPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC2", "CHILD,DOB,SDQ_SCORE,SDQ_REASON", "1,02/04/2008,12,");
    assertThat(f.check(new Rule189(), "1")).isEmpty();
  }

  @Test
  void sdqItemsForASeventeenYearOldFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC2", "CHILD,DOB,SDQ_SCORE,SDQ_REASON", "1,01/04/2008,12,");
    assertThat(flagged(f.check(new Rule189(), "1")))
        .containsExactly("OC2:2:SDQ_SCORE", "OC2:2:SDQ_REASON");
  }
}
