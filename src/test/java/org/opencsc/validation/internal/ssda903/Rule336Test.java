package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 336: "Child does not have a foster placement immediately prior to being placed for adoption." */
class Rule336Test {

  @Test
  void aFosterPlacementBeforePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/05/2025,U1", "1,01/06/2025,A4");
    assertThat(f.check(new Rule336(), "1")).isEmpty();
  }

  @Test
  void anotherPlacementBeforeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,PLACE", "1,01/06/2025,A3", "1,01/05/2025,K2");
    assertThat(flagged(f.check(new Rule336(), "1"))).containsExactly("Episodes:2:PLACE");
  }
}
