package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 133: "Data entry for accommodation after leaving care is invalid. If reporting on a childs
 * accommodation after leaving care the data entry must be valid"
 */
class Rule133Test {

  private static final Codes CODES = Ssda903Fixture.codes(Map.of("ACCOM", List.of("B1", "0")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES).table("OC3", "CHILD,ACCOM", "1,B1", "1,", "2,X");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule133(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule133(), "2"))).containsExactly("OC3:4:ACCOM");
  }
}
