package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 148: "Date episode ceased and reason episode ceased must both be coded, or both left ..." */
class Rule148Test {

  @Test
  void bothOrNeitherPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes", "CHILD,DECOM,DEC,REC", "1,01/05/2025,01/06/2025,X1", "1,01/06/2025,,");
    assertThat(f.check(new Rule148(), "1")).isEmpty();
  }

  @Test
  void aReasonWithoutADateFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/05/2025,,E8");
    assertThat(flagged(f.check(new Rule148(), "1")))
        .containsExactly("Episodes:2:DEC", "Episodes:2:REC");
  }
}
