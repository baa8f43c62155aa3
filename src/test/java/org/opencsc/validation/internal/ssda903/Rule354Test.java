package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 354: "Date episode ceased must be on or before the end of the current collection year." */
class Rule354Test {

  @Test
  void aStartByTheYearEndPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,DECOM", "1,31/03/2026");
    assertThat(f.check(new Rule354(), "1")).isEmpty();
  }

  @Test
  void aStartAfterTheYearEndFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Episodes", "CHILD,DECOM", "1,01/04/2026");
    assertThat(flagged(f.check(new Rule354(), "1"))).containsExactly("Episodes:2:DECOM");
  }
}
