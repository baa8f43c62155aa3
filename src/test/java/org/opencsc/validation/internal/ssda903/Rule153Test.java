package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 153: "All data items relating to a child's activity or accommodation after leaving ..." */
class Rule153Test {

  @Test
  void allOrNonePass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1", "1,,,");
    assertThat(f.check(new Rule153(), "1")).isEmpty();
  }

  @Test
  void someBlankFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,,B1");
    assertThat(flagged(f.check(new Rule153(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM");
  }
}
