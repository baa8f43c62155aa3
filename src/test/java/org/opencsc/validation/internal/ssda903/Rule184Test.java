package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 184: "Date of decision that a child should be placed for adoption is before the child ..." */
class Rule184Test {

  @Test
  void aDecisionAfterBirthPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2024")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/01/2024");
    assertThat(f.check(new Rule184(), "1")).isEmpty();
  }

  @Test
  void aDecisionBeforeBirthFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2024")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,31/12/2023");
    assertThat(flagged(f.check(new Rule184(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED", "Header:2:DOB");
  }
}
