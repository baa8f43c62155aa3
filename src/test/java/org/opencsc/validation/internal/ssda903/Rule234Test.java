package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 234: "A child aged under 10 can not change placement due to being admitted to custody" */
class Rule234Test {

  @Test
  void custodyFromTheTenthBirthdayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/05/2015")
            .table("Episodes", "CHILD,DECOM,REASON_PLACE_CHANGE", "1,01/05/2025,CUSTOD");
    assertThat(f.check(new Rule234(), "1")).isEmpty();
  }

  @Test
  void custodyBeforeTheTenthBirthdayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,02/05/2015")
            .table("Episodes", "CHILD,DECOM,REASON_PLACE_CHANGE", "1,01/05/2025,CUSTOD");
    assertThat(flagged(f.check(new Rule234(), "1")))
        .containsExactly("Episodes:2:REASON_PLACE_CHANGE");
  }
}
