package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 612: "Date of birth field has been completed but mother field indicates child is not a mother."
 */
class Rule612Test {
  @Test
  void aBirthDateForAMotherPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,SEX,MOTHER,MC_DOB", "1,F,1,01/01/2025", "2,F,0,");
    assertThat(f.check(new Rule612(), "1")).isEmpty();
    assertThat(f.check(new Rule612(), "2")).isEmpty();
  }

  @Test
  void aBirthDateForAGirlNotAMotherFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,SEX,MOTHER,MC_DOB", "1,F,0,01/01/2025");
    assertThat(flagged(f.check(new Rule612(), "1")))
        .containsExactly("Header:2:MOTHER", "Header:2:MC_DOB");
  }
}
