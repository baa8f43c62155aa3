package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 333: "Date should be placed for adoption must be on or prior to the date of matching child with
 * adopter(s)."
 */
class Rule333Test {

  @Test
  void aDecisionBeforeMatchingPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("AD1", "CHILD,DATE_INT,DATE_MATCH", "1,01/05/2025,01/06/2025", "2,01/05/2025,");
    assertThat(f.check(new Rule333(), "1")).isEmpty();
    assertThat(f.check(new Rule333(), "2")).isEmpty();
  }

  @Test
  void aLaterOrMissingDecisionFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("AD1", "CHILD,DATE_INT,DATE_MATCH", "1,02/06/2025,01/06/2025", "2,,01/06/2025");
    assertThat(flagged(f.check(new Rule333(), "1"))).containsExactly("AD1:2:DATE_INT");
    assertThat(flagged(f.check(new Rule333(), "2"))).containsExactly("AD1:3:DATE_INT");
  }
}
