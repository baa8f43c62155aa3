package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 215: "Child has care leaver information but one or more data items relating to ..." */
class Rule215Test {

  @Test
  void aCareLeaverWithoutOc2ItemsPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1")
            .table("OC2", "CHILD,CONVICTED,HEALTH_CHECK", "1,,");
    assertThat(f.check(new Rule215(), "1")).isEmpty();
  }

  @Test
  void aCareLeaverWithOc2ItemsFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1")
            .table("OC2", "CHILD,CONVICTED,HEALTH_CHECK", "1,,1");
    assertThat(flagged(f.check(new Rule215(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM", "OC2:2:HEALTH_CHECK");
  }
}
