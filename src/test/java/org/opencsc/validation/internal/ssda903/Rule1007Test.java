package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1007: "Care leaver information is not required for 17- or 18-year olds who are still ..." */
class Rule1007Test {

  @Test
  void aYoungPersonWhoLeftCareBeforeTheirBirthdayPasses() {
    // 17 on 01/06/2025; left care on 01/05/2025
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/01/2024,01/05/2025")
            .table("OC3", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "1,01/06/2008,YES,F1,B1");
    assertThat(f.check(new Rule1007(), "1")).isEmpty();
  }

  @Test
  void aYoungPersonStillLookedAfterOnTheirBirthdayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/01/2024,01/07/2025", "2,01/01/2024,")
            .table(
                "OC3",
                "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM",
                "1,01/06/2008,YES,F1,B1",
                "2,01/06/2007,YES,,");
    assertThat(flagged(f.check(new Rule1007(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM");
    assertThat(f.check(new Rule1007(), "2")).hasSize(1);
  }
}
