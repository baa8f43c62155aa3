package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 452: "Contradiction between local authority of placement code in the last episode of the previous
 * year and in the first episode of the current year."
 */
class Rule452Test {

  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2024-25")
        .table("Episodes", "CHILD,DECOM,RNE,DEC,HOME_POST,PL_POST", "1,01/06/2024,S,,ZZ1 1,ZZ1 2");
  }

  @Test
  void theSamePlacementAsLastYearsOpenEpisodeOrANewReasonPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table(
                "Episodes", "CHILD,DECOM,RNE,DEC,HOME_POST,PL_POST", "1,01/06/2024,S,,ZZ1 1,zz1 2")
            .table(
                "Episodes", "CHILD,DECOM,RNE,DEC,HOME_POST,PL_POST", "2,01/06/2024,P,,ZZ1 1,ZZ9 9")
            .previous(
                lastYear()
                    .table(
                        "Episodes",
                        "CHILD,DECOM,RNE,DEC,HOME_POST,PL_POST",
                        "2,01/06/2024,S,,ZZ1 1,ZZ1 2"));
    assertThat(f.check(new Rule452(), "1")).isEmpty();
    assertThat(f.check(new Rule452(), "2")).isEmpty();
  }

  @Test
  void aDifferentOneFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table(
                "Episodes", "CHILD,DECOM,RNE,DEC,HOME_POST,PL_POST", "1,01/06/2024,S,,ZZ1 1,ZZ9 9")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule452(), "1"))).containsExactly("Episodes:2:PL_POST");
  }
}
