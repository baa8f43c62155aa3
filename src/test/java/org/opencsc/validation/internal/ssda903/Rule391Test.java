package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 391: "Young person was not 17, 18, 19, 20 or 21 during the current collection year." */
class Rule391Test {

  @Test
  void careLeaverInformationAt17Passes() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "1,31/03/2009,YES,F1,B");
    assertThat(f.check(new Rule391(), "1")).isEmpty();
  }

  @Test
  void careLeaverInformationUnder17Fails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM", "1,01/04/2009,YES,,");
    assertThat(flagged(f.check(new Rule391(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM");
  }
}
