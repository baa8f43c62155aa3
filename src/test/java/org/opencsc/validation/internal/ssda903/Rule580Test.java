package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 580: "Child is missing when cease being looked after but reason episode ceased not ‘E8’." */
class Rule580Test {
  @Test
  void anEpisodeEndingAtEighteenWithE8Passes() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/04/2025,01/06/2025,E8")
            .table("Missing", "CHILD,DOB,MIS_END", "1,01/06/2007,01/06/2025");
    assertThat(f.check(new Rule580(), "1")).isEmpty();
  }

  @Test
  void anotherReasonFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/04/2025,01/06/2025,E7")
            .table("Missing", "CHILD,DOB,MIS_END", "1,01/06/2007,01/06/2025");
    assertThat(flagged(f.check(new Rule580(), "1"))).containsExactly("Episodes:2:REC");
  }
}
