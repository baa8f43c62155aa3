package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 119: "If the decision is made that a child should no longer be placed for adoption, ..." */
class Rule119Test {

  @Test
  void bothOrNeitherPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "1,01/06/2025,RD1",
                "1,,");
    assertThat(f.check(new Rule119(), "1")).isEmpty();
  }

  @Test
  void aDateWithoutAReasonFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PlacedAdoption", "CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "1,01/06/2025,");
    assertThat(flagged(f.check(new Rule119(), "1")))
        .containsExactly(
            "PlacedAdoption:2:DATE_PLACED_CEASED", "PlacedAdoption:2:REASON_PLACED_CEASED");
  }
}
