package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 607: "Child ceased to be looked after in the year, but mother field has not been completed." */
class Rule607Test {
  @Test
  void aMotherFieldOrAChildStillLookedAfterPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,SEX,MOTHER", "1,F,0", "2,F,")
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,REC,LS",
                "1,01/04/2025,01/09/2025,E4A,C2",
                "2,01/04/2025,01/09/2025,X1,C2");
    assertThat(f.check(new Rule607(), "1")).isEmpty();
    assertThat(f.check(new Rule607(), "2")).isEmpty();
  }

  @Test
  void aGirlWhoCeasedToBeLookedAfterWithoutMotherFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,SEX,MOTHER", "1,F,")
            .table("Episodes", "CHILD,DECOM,DEC,REC,LS", "1,01/04/2025,01/09/2025,E4A,C2");
    assertThat(flagged(f.check(new Rule607(), "1"))).containsExactly("Header:2:MOTHER");
  }
}
