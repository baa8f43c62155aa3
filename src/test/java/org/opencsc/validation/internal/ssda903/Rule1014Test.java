package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1014: "UASC information is not required for care leavers" */
class Rule1014Test {

  @Test
  void aUascChildLookedAfterThisYearPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/01/2025,01/05/2025")
            .table("UASC", "CHILD,DUC", "1,01/02/2026")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1");
    assertThat(f.check(new Rule1014(), "1")).isEmpty();
  }

  @Test
  void aUascCareLeaverNotLookedAfterThisYearFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/01/2024,01/03/2025")
            .table("UASC", "CHILD,DUC", "1,01/02/2026")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1");
    assertThat(flagged(f.check(new Rule1014(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM", "UASC:2:DUC");
  }
}
