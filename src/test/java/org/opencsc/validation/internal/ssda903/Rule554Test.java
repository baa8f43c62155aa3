package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 554: "Date of decision that the child should be placed for adoption should be on or prior to the
 * date that the placement order was granted. [NOTE: This rule may result in false positives or
 * false negatives if relevant episodes are in previous years; please check carefully!]"
 */
class Rule554Test {
  @Test
  void aDecisionOnOrBeforeThePlacementOrderPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,LS", "1,01/06/2025,E1")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/06/2025");
    assertThat(f.check(new Rule554(), "1")).isEmpty();
  }

  @Test
  void aDecisionAfterTheFirstPlacementOrderFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,LS",
                "1,01/04/2025,C2",
                "1,01/06/2025,E1",
                "1,01/09/2025,E1")
            .table("PlacedAdoption", "CHILD,DATE_PLACED", "1,01/07/2025");
    assertThat(flagged(f.check(new Rule554(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED", "Episodes:3:DECOM");
  }
}
