package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1000: "This child is recorded as having died in care and therefore should not have ..." */
class Rule1000Test {

  @Test
  void aCareLeaverWhoseEpisodesDidNotEndInDeathPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,REC", "1,01/05/2025,E13")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1");
    assertThat(f.check(new Rule1000(), "1")).isEmpty();
  }

  @Test
  void aCareLeaverWhoDiedThisYearOrLastFails() {
    Ssda903Fixture last =
        Ssda903Fixture.of("2024-25").table("Episodes", "CHILD,DECOM,REC", "2,01/05/2024,E2");
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,REC", "1,01/05/2025,E2")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,DIED,0,0", "2,DIED,0,0")
            .previous(last);
    assertThat(flagged(f.check(new Rule1000(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM");
    assertThat(flagged(f.check(new Rule1000(), "2")))
        .containsExactly("OC3:3:IN_TOUCH", "OC3:3:ACTIV", "OC3:3:ACCOM");
  }
}
