package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 117: "Date of decision that a child should/should no longer be placed for adoption is ..." */
class Rule117Test {

  private static final String EPISODES = "CHILD,DECOM,DEC,REC";
  private static final String PLACED = "CHILD,DATE_PLACED,DATE_PLACED_CEASED";

  @Test
  void decisionsBeforeTheChildLeftCarePass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", EPISODES, "1,01/05/2025,01/09/2025,E11")
            .table("PlacedAdoption", PLACED, "1,01/06/2025,01/08/2025");
    assertThat(f.check(new Rule117(), "1")).isEmpty();
  }

  @Test
  void aDecisionAfterTheLatestEpisodeEndedOrAfterTheYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                EPISODES,
                "1,01/05/2025,01/09/2025,E11",
                "1,01/09/2025,01/10/2025,X1", // a change of placement only: not the latest
                "2,01/05/2025,,")
            .table("PlacedAdoption", PLACED, "1,02/09/2025,", "2,01/04/2026,");
    assertThat(flagged(f.check(new Rule117(), "1")))
        .containsExactly("PlacedAdoption:2:DATE_PLACED", "Episodes:2:DEC");
    assertThat(flagged(f.check(new Rule117(), "2")))
        .containsExactly("PlacedAdoption:3:DATE_PLACED");
  }
}
