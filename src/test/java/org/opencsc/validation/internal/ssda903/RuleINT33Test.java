package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** INT33: "Internal Check: Child should only exist once in OC2." */
class RuleINT33Test {
  @Test
  void oneRowPerChildPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC2", "CHILD,DOB", "1,01/01/2015", "2,01/01/2015");
    assertThat(f.check(new RuleINT33(), "1")).isEmpty();
  }

  @Test
  void twoRowsForAChildFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC2", "CHILD,DOB", "1,01/01/2015", "1,01/01/2015");
    assertThat(flagged(f.check(new RuleINT33(), "1")))
        .containsExactly("OC2:2:CHILD", "OC2:3:CHILD");
  }
}
