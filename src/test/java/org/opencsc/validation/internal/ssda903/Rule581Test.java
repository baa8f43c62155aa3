package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 581: "Child is missing but has not yet started to be looked after." */
class Rule581Test {
  @Test
  void aStartDuringAnEpisodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,01/05/2025", "1,01/06/2025,")
            .table("Missing", "CHILD,MIS_START", "1,01/05/2025", "1,01/09/2025");
    assertThat(f.check(new Rule581(), "1")).isEmpty();
  }

  @Test
  void aStartBetweenEpisodesFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,01/05/2025", "1,01/06/2025,")
            .table("Missing", "CHILD,MIS_START", "1,15/05/2025");
    assertThat(flagged(f.check(new Rule581(), "1"))).containsExactly("Missing:2:MIS_START");
  }
}
