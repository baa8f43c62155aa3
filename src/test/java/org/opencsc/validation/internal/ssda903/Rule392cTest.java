package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 392c: "Postcode(s) provided are invalid." */
class Rule392cTest {

  @Test
  void knownOrBlankPostcodesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,zz12", "1,V3,,");
    assertThat(f.check(new Rule392c(), "1")).isEmpty();
  }

  @Test
  void aPostcodeTheDirectoryDoesNotKnowFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,ZZ7 7");
    assertThat(flagged(f.check(new Rule392c(), "1"))).containsExactly("Episodes:2:PL_POST");
  }
}
