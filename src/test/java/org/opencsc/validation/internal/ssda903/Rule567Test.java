package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 567: "The date that the missing episode or episode that the child was away from placement without
 * authorisation ended is before the date that it started."
 */
class Rule567Test {
  @Test
  void anEndOnOrAfterTheStartPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Missing", "CHILD,MIS_START,MIS_END", "1,01/05/2025,01/05/2025", "1,02/05/2025,");
    assertThat(f.check(new Rule567(), "1")).isEmpty();
  }

  @Test
  void anEndBeforeTheStartFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Missing", "CHILD,MIS_START,MIS_END", "1,02/05/2025,01/05/2025");
    assertThat(flagged(f.check(new Rule567(), "1")))
        .containsExactly("Missing:2:MIS_START", "Missing:2:MIS_END");
  }
}
