package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 547: "Any child who has health promotion information completed must also have immunisation, teeth
 * check, health assessment and substance misuse problem identified fields completed."
 */
class Rule547Test {
  @Test
  void allHealthOutcomesCompletedPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "OC2",
                "CHILD,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE",
                "1,1,1,1,1,0",
                "1,0,,,,");
    assertThat(f.check(new Rule547(), "1")).isEmpty();
  }

  @Test
  void aBlankHealthOutcomeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "OC2",
                "CHILD,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE",
                "1,1,,1,1,1");
    assertThat(flagged(f.check(new Rule547(), "1"))).containsExactly("OC2:2:IMMUNISATIONS");
  }
}
