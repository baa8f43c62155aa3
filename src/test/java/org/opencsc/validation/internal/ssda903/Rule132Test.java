package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 132: "Data entry for activity after leaving care is invalid." */
class Rule132Test {

  private static final Codes CODES = Ssda903Fixture.codes(Map.of("ACTIV", List.of("F1", "0")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES).table("OC3", "CHILD,ACTIV", "1,F1", "1,", "2,1");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule132(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule132(), "2"))).containsExactly("OC3:4:ACTIV");
  }
}
