package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 3001: "Where care leavers information is being returned for a young person around their 17th
 * birthday, the accommodation cannot be with their former foster carer(s)."
 */
class Rule3001Test {

  @Test
  void formerFosterCarersAfterAn18thBirthdayPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/06/2007")
            .table("OC3", "CHILD,IN_TOUCH,ACCOM", "1,YES,Z1");
    assertThat(f.check(new Rule3001(), "1")).isEmpty();
  }

  @Test
  void formerFosterCarersAtThe17thBirthdayFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/06/2008")
            .table("OC3", "CHILD,IN_TOUCH,ACCOM", "1,YES,Z2");
    assertThat(flagged(f.check(new Rule3001(), "1"))).containsExactly("OC3:2:ACCOM");
  }
}
