package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 625: "Date of birth of the first child is beyond the end of this reporting year or the date the
 * child ceased to be looked after."
 */
class Rule625Test {
  @Test
  void aBirthBeforeCareEndedPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,MC_DOB", "1,01/06/2025")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,01/09/2025");
    assertThat(f.check(new Rule625(), "1")).isEmpty();
  }

  @Test
  void aBirthAfterCareEndedOrAfterTheYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,MC_DOB", "1,02/09/2025", "2,01/04/2026")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/04/2025,01/09/2025", "2,01/04/2025,");
    assertThat(flagged(f.check(new Rule625(), "1")))
        .containsExactly("Header:2:MC_DOB", "Episodes:2:DEC");
    assertThat(flagged(f.check(new Rule625(), "2"))).containsExactly("Header:3:MC_DOB");
  }
}
