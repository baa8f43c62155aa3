package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1011: "This child is recorded as having his/her care transferred to another local ..." */
class Rule1011Test {

  @Test
  void anEarlierTransferOrBlankCareLeaverItemsPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes",
                "CHILD,DECOM,REC",
                "1,01/05/2025,E3",
                "1,01/06/2025,E8",
                "2,01/05/2025,E3")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1", "2,,,");
    assertThat(f.check(new Rule1011(), "1")).isEmpty();
    assertThat(f.check(new Rule1011(), "2")).isEmpty();
  }

  @Test
  void aTransferInTheLatestEpisodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,REC", "1,01/06/2025,E3", "1,01/05/2025,E8")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,,");
    assertThat(flagged(f.check(new Rule1011(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM");
  }
}
