package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** INT36: "Internal Check: Child should only exist once in UASC." */
class RuleINT36Test {
  @Test
  void oneRowPerChildPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("UASC", "CHILD,DOB", "1,01/01/2015", "2,01/01/2015");
    assertThat(f.check(new RuleINT36(), "1")).isEmpty();
  }

  @Test
  void twoRowsForAChildFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("UASC", "CHILD,DOB", "1,01/01/2015", "1,01/01/2015");
    assertThat(flagged(f.check(new RuleINT36(), "1")))
        .containsExactly("UASC:2:CHILD", "UASC:3:CHILD");
  }
}
