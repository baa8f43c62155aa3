package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 503G: "The distance in first episode does not match open episode at end of last year." */
class Rule503GTest {

  private static Ssda903Fixture lastYear() {
    return Ssda903Fixture.of("2024-25")
        .table("Episodes", "CHILD,DECOM,DEC,HOME_POST,PL_POST", "1,01/06/2024,,ZZ1 1,ZZ1 2");
  }

  @Test
  void theSamePlacementAsLastYearsOpenEpisodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,DECOM,DEC,HOME_POST,PL_POST", "1,01/06/2024,,ZZ1 1,zz1 2")
            .previous(lastYear());
    assertThat(f.check(new Rule503G(), "1")).isEmpty();
  }

  @Test
  void aDifferentOneFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,DECOM,DEC,HOME_POST,PL_POST", "1,01/06/2024,,ZZ1 1,ZZ9 9")
            .previous(lastYear());
    assertThat(flagged(f.check(new Rule503G(), "1")))
        .containsExactly("Episodes:2:HOME_POST", "Episodes:2:PL_POST");
  }
}
