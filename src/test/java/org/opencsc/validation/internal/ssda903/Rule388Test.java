package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 388: "Reason episode ceased is coded new episode begins, but there is no continuation episode."
 */
class Rule388Test {

  @Test
  void x1BeforeAContinuationAndAnotherReasonAtTheEndPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,REC",
                "1,01/05/2025,01/06/2025,X1",
                "1,01/06/2025,01/07/2025,E4A",
                "1,01/09/2025,,");
    assertThat(f.check(new Rule388(), "1")).isEmpty();
  }

  @Test
  void x1WithoutAContinuationFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,REC",
                "1,01/05/2025,01/06/2025,X1",
                "1,02/06/2025,01/07/2025,E13",
                "1,01/07/2025,01/08/2025,X1");
    // the first ends X1 with a gap; the second is followed the same day but is not X1; the last
    // ends X1 with nothing after it
    assertThat(flagged(f.check(new Rule388(), "1")))
        .containsExactly("Episodes:2:REC", "Episodes:3:REC", "Episodes:4:REC");
  }
}
