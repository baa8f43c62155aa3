package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 504: "The category of need code differs from that reported at start of current period of being
 * looked after"
 */
class Rule504Test {

  @Test
  void theSameNeedThroughAPeriodOfCarePasses() {
    // a new period of care (after E4A) may record a different need
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,REC,CIN",
                "1,01/05/2025,01/06/2025,X1,N1",
                "1,01/06/2025,01/07/2025,E4A,N1",
                "1,01/09/2025,,,N4");
    assertThat(f.check(new Rule504(), "1")).isEmpty();
  }

  @Test
  void aChangedNeedInAContinuationFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,REC,CIN",
                "1,01/05/2025,01/06/2025,X1,N1",
                "1,01/06/2025,,,N2");
    assertThat(flagged(f.check(new Rule504(), "1"))).containsExactly("Episodes:3:CIN");
  }
}
