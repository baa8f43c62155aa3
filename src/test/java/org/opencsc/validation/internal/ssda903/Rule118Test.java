package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 118: "Date of decision that a child should no longer be placed for adoption is before ..." */
class Rule118Test {

  @Test
  void aReversalInTheYearAfterCareStartedPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,LS", "1,01/03/2025,V3", "1,01/05/2025,C2")
            .table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED", "1,01/06/2025");
    assertThat(f.check(new Rule118(), "1")).isEmpty();
  }

  @Test
  void aReversalBeforeCareStartedOrBeforeTheYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,LS", "1,01/07/2025,C2", "2,01/01/2025,C2")
            .table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED", "1,01/06/2025", "2,01/03/2025");
    assertThat(flagged(f.check(new Rule118(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED_CEASED", "Episodes:2:DECOM");
    assertThat(flagged(f.check(new Rule118(), "2")))
        .containsExactly("PlacedAdoption:3:DATE_PLACED_CEASED");
  }
}
