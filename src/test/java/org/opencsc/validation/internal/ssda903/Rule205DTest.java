package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 205D: "Child identified as UASC this year but not identified as UASC status provided ..." */
class Rule205DTest {

  @Test
  void uascInBothYearsOrNewToTheReturnPasses() {
    Ssda903Fixture last =
        Ssda903Fixture.of("2024-25")
            .table("Header", "CHILD,DOB", "1,01/06/2008")
            .table("UASC", "CHILD,SEX,DOB,DUC", "1,M,01/06/2008,");
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("UASC", "CHILD,SEX,DOB,DUC", "1,M,01/06/2008,", "2,F,01/06/2009,")
            .previous(last);
    assertThat(f.check(new Rule205D(), "1")).isEmpty();
    assertThat(f.check(new Rule205D(), "2")).isEmpty();
  }

  @Test
  void uascThisYearButNotLastYearFails() {
    Ssda903Fixture last = Ssda903Fixture.of("2024-25").table("Header", "CHILD,DOB", "1,01/06/2008");
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("UASC", "CHILD,SEX,DOB,DUC", "1,M,01/06/2008,")
            .previous(last);
    assertThat(flagged(f.check(new Rule205D(), "1"))).containsExactly("UASC:2:CHILD");
  }
}
