package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** INT15: "Internal Check: DOB in OC3 is different to DOB in Header." */
class RuleINT15Test {
  @Test
  void theHeadersDateOfBirthPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2015")
            .table("OC3", "CHILD,DOB", "1,1/1/2015");
    assertThat(f.check(new RuleINT15(), "1")).isEmpty();
  }

  @Test
  void anotherDateOfBirthFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2015")
            .table("OC3", "CHILD,DOB", "1,02/01/2015");
    assertThat(flagged(f.check(new RuleINT15(), "1"))).containsExactly("OC3:2:DOB");
  }
}
