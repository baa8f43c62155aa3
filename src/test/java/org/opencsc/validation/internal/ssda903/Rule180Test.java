package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 180: "Data entry for the strengths and difficulties questionnaire (SDQ) score is ..." */
class Rule180Test {

  @Test
  void aScoreFromZeroToFortyOrBlankPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC2", "CHILD,SDQ_SCORE", "1,0", "1,40", "1,");
    assertThat(f.check(new Rule180(), "1")).isEmpty();
  }

  @Test
  void aScoreAboveFortyOrNotAWholeNumberFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC2", "CHILD,SDQ_SCORE", "1,41", "1,39.5", "1,XX");
    assertThat(flagged(f.check(new Rule180(), "1")))
        .containsExactly("OC2:2:SDQ_SCORE", "OC2:3:SDQ_SCORE", "OC2:4:SDQ_SCORE");
  }
}
