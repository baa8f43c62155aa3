package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** INT05: "Internal Check: Child in OC2 does not exist in Header." */
class RuleINT05Test {
  @Test
  void aChildInTheHeaderPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2015")
            .table("OC2", "CHILD,DOB", "1,01/01/2015");
    assertThat(f.check(new RuleINT05(), "1")).isEmpty();
  }

  @Test
  void aChildMissingFromTheHeaderFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2015")
            .table("OC2", "CHILD,DOB", "2,01/01/2015");
    assertThat(flagged(f.check(new RuleINT05(), "2"))).containsExactly("OC2:2:CHILD");
  }
}
