package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 231: "We expect that unaccompanied asylum seeking children are generally older young people.
 * Please check the date of birth is correct. If the date of birth is correct then please provide
 * details in a bypass request."
 */
class Rule231Test {

  @Test
  void aUascChildOf11OrMoreAtTheYearEndPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB,UASC_STATUS", "1,31/03/2015,1", "2,01/04/2015,0");
    assertThat(f.check(new Rule231(), "1")).isEmpty();
    assertThat(f.check(new Rule231(), "2")).isEmpty();
  }

  @Test
  void aUascChildUnder11AtTheYearEndIsQueried() {
    // the status from the Header, or from a row in the UASC table when the Header has none
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB,UASC_STATUS", "1,01/04/2015,1")
            .table("Header", "CHILD,DOB", "2,01/04/2016")
            .table("UASC", "CHILD,DOB,DUC", "2,01/04/2016,");
    assertThat(flagged(f.check(new Rule231(), "1"))).containsExactly("Header:2:DOB");
    assertThat(flagged(f.check(new Rule231(), "2"))).containsExactly("Header:2:DOB");
  }
}
