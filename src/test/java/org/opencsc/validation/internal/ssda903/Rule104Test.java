package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 104: "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a ..." */
class Rule104Test {

  @Test
  void aCeasedDateInTheYearOrBlankPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("UASC", "CHILD,DUC", "1,01/05/2025", "1,");
    assertThat(f.check(new Rule104(), "1")).isEmpty();
  }

  @Test
  void anInvalidOrEarlierDateFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("UASC", "CHILD,DUC", "1,31/02/2025", "2,31/03/2025");
    assertThat(flagged(f.check(new Rule104(), "1"))).containsExactly("UASC:2:DUC");
    assertThat(flagged(f.check(new Rule104(), "2"))).containsExactly("UASC:3:DUC");
  }
}
