package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 503B: "The legal status in the first episode does not match open episode at end of last year."
 */
class Rule503BTest {

  private static Ssda903Fixture lastYear(String openValue) {
    return Ssda903Fixture.of("2024-25")
        .table(
            "Episodes",
            "CHILD,DECOM,DEC,LS",
            "1,01/05/2024,01/06/2024,C1",
            "1,01/06/2024,," + openValue);
  }

  @Test
  void theSameValueAsLastYearsOpenEpisodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,LS", "1,01/06/2024,,C2")
            .previous(lastYear("C2"));
    assertThat(f.check(new Rule503B(), "1")).isEmpty();
  }

  @Test
  void aDifferentValueFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,LS", "1,01/06/2024,,C1", "1,01/07/2025,,C2")
            .previous(lastYear("C2"));
    assertThat(flagged(f.check(new Rule503B(), "1"))).containsExactly("Episodes:2:LS");
  }
}
