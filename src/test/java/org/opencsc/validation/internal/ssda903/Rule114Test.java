package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 114: "Data entry to record the status of former carer(s) of an adopted child is invalid." */
class Rule114Test {

  private static final Codes CODES = Ssda903Fixture.codes(Map.of("FOSTER_CARE", List.of("0", "1")));

  private static Ssda903Fixture fixture() {
    return Ssda903Fixture.of("2025-26", CODES)
        .table("AD1", "CHILD,FOSTER_CARE", "1,0", "1,", "2,2");
  }

  @Test
  void aListedCodeOrBlankPasses() {
    assertThat(fixture().check(new Rule114(), "1")).isEmpty();
  }

  @Test
  void anUnlistedCodeFails() {
    Ssda903Fixture f = fixture();
    assertThat(flagged(f.check(new Rule114(), "2"))).containsExactly("AD1:4:FOSTER_CARE");
  }
}
