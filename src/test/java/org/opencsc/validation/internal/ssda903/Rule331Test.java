package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 331: "Date of matching child and adopter(s) should be the same as, or prior to, the date of
 * placement of adoption."
 */
class Rule331Test {

  @Test
  void matchingOnThePlacementDayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,REC", "1,01/06/2025,E11")
            .table("AD1", "CHILD,DATE_MATCH", "1,01/06/2025");
    assertThat(f.check(new Rule331(), "1")).isEmpty();
  }

  @Test
  void matchingAfterTheAdoptivePlacementStartedFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,REC", "1,01/05/2025,E4A", "1,01/06/2025,E12")
            .table("AD1", "CHILD,DATE_MATCH", "1,02/06/2025");
    assertThat(flagged(f.check(new Rule331(), "1")))
        .containsExactly("AD1:2:DATE_MATCH", "Episodes:3:DECOM");
  }
}
