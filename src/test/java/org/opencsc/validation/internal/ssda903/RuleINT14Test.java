package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** INT14: "Internal Check: DOB in OC2 is different to DOB in Header." */
class RuleINT14Test {
  @Test
  void theHeadersDateOfBirthPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2015")
            .table("OC2", "CHILD,DOB", "1,1/1/2015");
    assertThat(f.check(new RuleINT14(), "1")).isEmpty();
  }

  @Test
  void anotherDateOfBirthFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2015")
            .table("OC2", "CHILD,DOB", "1,02/01/2015");
    assertThat(flagged(f.check(new RuleINT14(), "1"))).containsExactly("OC2:2:DOB");
  }
}
