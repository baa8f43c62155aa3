package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 621: "Mother’s field has been completed but date of birth shows that the mother is younger than
 * her child."
 */
class Rule621Test {
  @Test
  void aChildBornAfterTheMotherPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB,MC_DOB", "1,01/01/2008,01/01/2025");
    assertThat(f.check(new Rule621(), "1")).isEmpty();
  }

  @Test
  void aChildBornBeforeTheMotherFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB,MC_DOB", "1,01/01/2008,01/01/2007");
    assertThat(flagged(f.check(new Rule621(), "1")))
        .containsExactly("Header:2:DOB", "Header:2:MC_DOB");
  }
}
