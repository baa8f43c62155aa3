package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 574: "A new missing/away from placement without authorisation period cannot start when the
 * previous missing/away from placement without authorisation period is still open. Missing/away
 * from placement without authorisation periods should also not overlap."
 */
class Rule574Test {
  @Test
  void consecutivePeriodsPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Missing", "CHILD,MIS_START,MIS_END", "1,05/05/2025,", "1,01/05/2025,05/05/2025");
    assertThat(f.check(new Rule574(), "1")).isEmpty();
  }

  @Test
  void aPeriodStartingWhileTheEarlierIsOpenFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Missing", "CHILD,MIS_START,MIS_END", "1,01/05/2025,", "1,03/05/2025,04/05/2025");
    assertThat(flagged(f.check(new Rule574(), "1")))
        .containsExactly("Missing:3:MIS_START", "Missing:2:MIS_END");
  }
}
