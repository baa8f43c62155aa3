package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 558: "If a child has been adopted, then the decision to place them for adoption has not been
 * disrupted and the date of the decision that a child should no longer be placed for adoption
 * should be left blank."
 */
class Rule558Test {
  @Test
  void anAdoptionUnderAnOpenDecisionPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/04/2025,01/09/2025,E11")
            .table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED", "1,01/01/2025", "1,");
    assertThat(f.check(new Rule558(), "1")).isEmpty();
  }

  @Test
  void anAdoptionWithEveryDecisionCeasedFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/04/2025,01/09/2025,E12")
            .table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED", "1,01/08/2025");
    assertThat(flagged(f.check(new Rule558(), "1")))
        .containsExactly("Episodes:2:REC", "PlacedAdoption:2:DATE_PLACED_CEASED");
  }
}
