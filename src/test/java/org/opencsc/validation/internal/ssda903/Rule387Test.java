package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 387: "Reason episode ceased is child moved into independent living arrangement, but the child is
 * aged under 14."
 */
class Rule387Test {

  @Test
  void anEndAtAPossibleAgePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/06/2011")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/05/2025,01/06/2025,E5");
    assertThat(f.check(new Rule387(), "1")).isEmpty();
  }

  @Test
  void anEndAtAnImpossibleAgeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,02/06/2011")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/05/2025,01/06/2025,E5");
    assertThat(flagged(f.check(new Rule387(), "1"))).containsExactly("Episodes:2:REC");
  }
}
