package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** INT32: "Internal Check: Child should only exist once in Header." */
class RuleINT32Test {
  @Test
  void oneRowPerChildPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB", "1,01/01/2015", "2,01/01/2015");
    assertThat(f.check(new RuleINT32(), "1")).isEmpty();
  }

  @Test
  void twoRowsForAChildFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB", "1,01/01/2015", "1,01/01/2015");
    assertThat(flagged(f.check(new RuleINT32(), "1")))
        .containsExactly("Header:2:CHILD", "Header:3:CHILD");
  }
}
