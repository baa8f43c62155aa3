package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 557: "Child for whom the decision was made that they should be placed for adoption has left care
 * but was not adopted and information on the decision that they should no longer be placed for
 * adoption items has not been completed."
 */
class Rule557Test {
  @Test
  void anAdoptionOrACompletedReversalPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE,LS,REC", "1,01/06/2025,A3,E1,E11")
            .table("PlacedAdoption", "CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "1,,");
    assertThat(f.check(new Rule557(), "1")).isEmpty();
    Ssda903Fixture reversed =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE,LS,REC", "1,01/06/2025,U1,E1,E4A")
            .table(
                "PlacedAdoption",
                "CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED",
                "1,01/07/2025,RD1");
    assertThat(reversed.check(new Rule557(), "1")).isEmpty();
  }

  @Test
  void leavingCareWithoutAdoptionOrReversalFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE,LS,REC", "1,01/06/2025,A3,E1,E4A")
            .table(
                "PlacedAdoption", "CHILD,DATE_PLACED_CEASED,REASON_PLACED_CEASED", "1,01/07/2025,");
    assertThat(flagged(f.check(new Rule557(), "1")))
        .containsExactly(
            "PlacedAdoption:2:DATE_PLACED_CEASED",
            "PlacedAdoption:2:REASON_PLACED_CEASED",
            "Episodes:2:REC");
  }
}
