package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 635: "There are entries for date of order and local authority code where previous permanence
 * option was arranged but previous permanence code is Z1"
 */
class Rule635Test {
  @Test
  void anOrderWithAnOptionPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "PrevPerm", "CHILD,PREV_PERM,LA_PERM,DATE_PERM", "1,P1,352,01/01/2020", "1,Z1,,");
    assertThat(f.check(new Rule635(), "1")).isEmpty();
  }

  @Test
  void anOrderWithZ1Fails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("PrevPerm", "CHILD,PREV_PERM,LA_PERM,DATE_PERM", "1,Z1,352,");
    assertThat(flagged(f.check(new Rule635(), "1")))
        .containsExactly("PrevPerm:2:PREV_PERM", "PrevPerm:2:LA_PERM", "PrevPerm:2:DATE_PERM");
  }
}
