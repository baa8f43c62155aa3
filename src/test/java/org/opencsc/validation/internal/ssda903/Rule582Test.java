package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 582: "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is
 * the same as the date reported for being matched with adopters. In most circumstances we expect
 * the date the child is matched with adopters to be before the date of adoption."
 */
class Rule582Test {
  @Test
  void aMatchBeforeTheAdoptionPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/04/2025,01/09/2025,E11")
            .table("AD1", "CHILD,DATE_MATCH", "1,01/06/2025");
    assertThat(f.check(new Rule582(), "1")).isEmpty();
  }

  @Test
  void aMatchOnTheDayOfAdoptionFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/04/2025,01/09/2025,E12")
            .table("AD1", "CHILD,DATE_MATCH", "1,01/09/2025");
    assertThat(flagged(f.check(new Rule582(), "1")))
        .containsExactly("Episodes:2:DEC", "AD1:2:DATE_MATCH");
  }
}
