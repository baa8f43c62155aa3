package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** INT01: "Data Integrity Check: Child in AD1 does not exist in Header." */
class RuleINT01Test {
  @Test
  void aChildInTheHeaderPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2015")
            .table("AD1", "CHILD,DOB", "1,01/01/2015");
    assertThat(f.check(new RuleINT01(), "1")).isEmpty();
  }

  @Test
  void aChildMissingFromTheHeaderFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2015")
            .table("AD1", "CHILD,DOB", "2,01/01/2015");
    assertThat(flagged(f.check(new RuleINT01(), "2"))).containsExactly("AD1:2:CHILD");
  }
}
