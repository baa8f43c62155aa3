package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 358: "Child with this legal status should not be under 10." */
class Rule358Test {

  @Test
  void aYouthJusticeStatusFromTheTenthBirthdayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/05/2015")
            .table("Episodes", "CHILD,DECOM,LS", "1,01/05/2025,J2");
    assertThat(f.check(new Rule358(), "1")).isEmpty();
  }

  @Test
  void aYouthJusticeStatusUnder10Fails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,02/05/2015")
            .table("Episodes", "CHILD,DECOM,LS", "1,01/05/2025,J1");
    assertThat(flagged(f.check(new Rule358(), "1")))
        .containsExactly("Episodes:2:LS", "Header:2:DOB");
  }
}
