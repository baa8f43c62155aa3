package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 197a: "Reason for no Strengths and Difficulties (SDQ) score is not required if ..." */
class Rule197aTest {

  @Test
  void aScoreOrAReasonPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC2", "CHILD,SDQ_SCORE,SDQ_REASON", "1,10,", "1,,SDQ2");
    assertThat(f.check(new Rule197a(), "1")).isEmpty();
  }

  @Test
  void bothFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC2", "CHILD,SDQ_SCORE,SDQ_REASON", "1,0,SDQ2");
    assertThat(flagged(f.check(new Rule197a(), "1")))
        .containsExactly("OC2:2:SDQ_SCORE", "OC2:2:SDQ_REASON");
  }
}
