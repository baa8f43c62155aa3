package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1012: "No other data should be returned for OC3 children who had no episodes in the ..." */
class Rule1012Test {

  @Test
  void aCareLeaverWithEpisodesThisYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM", "1,01/05/2025")
            .table("OC3", "CHILD,IN_TOUCH", "1,YES")
            .table("Reviews", "CHILD,REVIEW", "1,01/06/2025");
    assertThat(f.check(new Rule1012(), "1")).isEmpty();
  }

  @Test
  void otherRecordsOfACareLeaverWithoutEpisodesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,IN_TOUCH", "1,YES")
            .table("Reviews", "CHILD,REVIEW", "1,01/06/2025")
            .table("Missing", "CHILD,MIS_START", "1,01/06/2025");
    assertThat(flagged(f.check(new Rule1012(), "1")))
        .containsExactly("Missing:2:CHILD", "Reviews:2:CHILD");
  }
}
