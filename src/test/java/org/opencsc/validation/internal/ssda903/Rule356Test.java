package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 356: "The date the episode ceased is before the date the same episode started." */
class Rule356Test {

  @Test
  void anEndOnOrAfterTheStartPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/05/2025,01/05/2025");
    assertThat(f.check(new Rule356(), "1")).isEmpty();
  }

  @Test
  void anEndBeforeTheStartFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC", "1,01/05/2025,30/04/2025");
    assertThat(flagged(f.check(new Rule356(), "1")))
        .containsExactly("Episodes:2:DECOM", "Episodes:2:DEC");
  }
}
