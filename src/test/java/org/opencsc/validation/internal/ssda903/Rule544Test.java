package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 544: "Any child who has conviction information completed must also have immunisation, teeth
 * check, health assessment and substance misuse problem identified fields completed."
 */
class Rule544Test {
  @Test
  void allHealthOutcomesCompletedPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "OC2",
                "CHILD,CONVICTED,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE",
                "1,1,1,1,1,0");
    assertThat(f.check(new Rule544(), "1")).isEmpty();
  }

  @Test
  void aBlankHealthOutcomeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "OC2",
                "CHILD,CONVICTED,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE",
                "1,1,1,,1,");
    assertThat(flagged(f.check(new Rule544(), "1")))
        .containsExactly("OC2:2:TEETH_CHECK", "OC2:2:SUBSTANCE_MISUSE");
  }
}
