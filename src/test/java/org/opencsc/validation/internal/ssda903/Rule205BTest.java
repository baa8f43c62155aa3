package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 205B: "Child previously identified as UASC is also UASC this year, but date UASC ..." */
class Rule205BTest {

  // 18 on 01/06/2024, in last year's collection year
  private static Ssda903Fixture fixture(String lastYearCeased, String ceased) {
    Ssda903Fixture last =
        Ssda903Fixture.of("2024-25")
            .table("UASC", "CHILD,SEX,DOB,DUC", "1,M,01/06/2006," + lastYearCeased);
    return Ssda903Fixture.of("2025-26")
        .table("UASC", "CHILD,SEX,DOB,DUC", "1,M,01/06/2006," + ceased)
        .previous(last);
  }

  @Test
  void ceasedAtEighteenLastYearAndTheSameDateThisYearPasses() {
    assertThat(fixture("01/06/2024", "01/06/2024").check(new Rule205B(), "1")).isEmpty();
  }

  @Test
  void anotherDateLastYearOrAnEarlierDateThisYearFails() {
    assertThat(flagged(fixture("01/05/2024", "01/05/2024").check(new Rule205B(), "1")))
        .containsExactly("UASC:2:DUC");
    assertThat(fixture("01/06/2024", "01/01/2025").check(new Rule205B(), "1")).hasSize(1);
  }
}
