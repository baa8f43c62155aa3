package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 628: "Motherhood details are not required for care leavers who have not been looked after during
 * the year."
 */
class Rule628Test {
  @Test
  void aBlankMotherForACareLeaverPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,MOTHER", "1,")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,S");
    assertThat(f.check(new Rule628(), "1")).isEmpty();
  }

  @Test
  void aMotherFieldForACareLeaverFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,MOTHER", "1,0")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,S");
    assertThat(flagged(f.check(new Rule628(), "1"))).containsExactly("Header:2:MOTHER");
  }
}
