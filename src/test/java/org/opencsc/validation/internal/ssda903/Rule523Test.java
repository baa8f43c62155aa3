package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 523: "Date of decision that the child should be placed for adoption should be the same date as
 * the decision that adoption is in the best interest (date should be placed)."
 */
class Rule523Test {
  @Test
  void theSameDatePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/05/2025")
            .table("AD1", "CHILD,DATE_INT", "1,01/05/2025");
    assertThat(f.check(new Rule523(), "1")).isEmpty();
  }

  @Test
  void differentDatesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/05/2025")
            .table("AD1", "CHILD,DATE_INT", "1,02/05/2025");
    assertThat(flagged(f.check(new Rule523(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED", "AD1:2:DATE_INT");
  }
}
