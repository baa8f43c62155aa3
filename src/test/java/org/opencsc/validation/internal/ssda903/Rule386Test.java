package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 386: "Reason episode ceased is adopted but child has reached age 18." */
class Rule386Test {

  @Test
  void anEndAtAPossibleAgePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,02/06/2007")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/05/2025,01/06/2025,E11");
    assertThat(f.check(new Rule386(), "1")).isEmpty();
  }

  @Test
  void anEndAtAnImpossibleAgeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/06/2007")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/05/2025,01/06/2025,E11");
    assertThat(flagged(f.check(new Rule386(), "1"))).containsExactly("Episodes:2:REC");
  }
}
