package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** INT17: "Internal Check: DOB in Reviews is different to DOB in Header." */
class RuleINT17Test {
  @Test
  void theHeadersDateOfBirthPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2015")
            .table("Reviews", "CHILD,DOB", "1,1/1/2015");
    assertThat(f.check(new RuleINT17(), "1")).isEmpty();
  }

  @Test
  void anotherDateOfBirthFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/01/2015")
            .table("Reviews", "CHILD,DOB", "1,02/01/2015");
    assertThat(flagged(f.check(new RuleINT17(), "1"))).containsExactly("Reviews:2:DOB");
  }
}
