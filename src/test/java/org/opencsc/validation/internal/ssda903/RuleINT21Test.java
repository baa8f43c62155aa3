package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** INT21: "Internal Check: SEX in UASC is different to SEX in Header." */
class RuleINT21Test {
  @Test
  void theHeadersSexPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,SEX", "1,F")
            .table("UASC", "CHILD,SEX", "1,F");
    assertThat(f.check(new RuleINT21(), "1")).isEmpty();
  }

  @Test
  void anotherSexFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,SEX", "1,F")
            .table("UASC", "CHILD,SEX", "1,M");
    assertThat(flagged(f.check(new RuleINT21(), "1"))).containsExactly("UASC:2:SEX");
  }
}
