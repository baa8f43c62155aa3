package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** INT35: "Internal Check: Child should only exist once in PrevPerm." */
class RuleINT35Test {
  @Test
  void oneRowPerChildPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("PrevPerm", "CHILD,DOB", "1,01/01/2015", "2,01/01/2015");
    assertThat(f.check(new RuleINT35(), "1")).isEmpty();
  }

  @Test
  void twoRowsForAChildFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("PrevPerm", "CHILD,DOB", "1,01/01/2015", "1,01/01/2015");
    assertThat(flagged(f.check(new RuleINT35(), "1")))
        .containsExactly("PrevPerm:2:CHILD", "PrevPerm:3:CHILD");
  }
}
