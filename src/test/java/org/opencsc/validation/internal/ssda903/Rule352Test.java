package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 352: "Child who started to be looked after was aged 18 or over." */
class Rule352Test {

  @Test
  void startingCareAt17Passes() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,02/05/2007")
            .table("Episodes", "CHILD,DECOM,RNE", "1,01/05/2025,S");
    assertThat(f.check(new Rule352(), "1")).isEmpty();
  }

  @Test
  void startingCareOnThe18thBirthdayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/05/2007")
            .table("Episodes", "CHILD,DECOM,RNE", "1,01/05/2025,S");
    assertThat(flagged(f.check(new Rule352(), "1")))
        .containsExactly("Episodes:2:DECOM", "Episodes:2:RNE");
  }
}
