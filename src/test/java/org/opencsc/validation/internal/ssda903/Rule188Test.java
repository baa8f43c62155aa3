package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 188: "Child is aged under 4 years at the end of the year, but a Strengths and ..." */
class Rule188Test {

  @Test
  void sdqItemsForAFourYearOldPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC2", "CHILD,DOB,SDQ_SCORE,SDQ_REASON", "1,31/03/2022,12,", "2,01/01/2023,,");
    assertThat(f.check(new Rule188(), "1")).isEmpty();
    assertThat(f.check(new Rule188(), "2")).isEmpty();
  }

  @Test
  void sdqItemsForAChildUnderFourFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC2", "CHILD,DOB,SDQ_SCORE,SDQ_REASON", "1,01/04/2022,,SDQ1");
    assertThat(flagged(f.check(new Rule188(), "1")))
        .containsExactly("OC2:2:SDQ_SCORE", "OC2:2:SDQ_REASON");
  }
}
