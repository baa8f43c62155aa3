package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testProviders;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 221: "The Ofsted Unique reference number (URN) provided for the child's placement does not match
 * the placement postcode provided."
 */
class Rule221Test {

  private static final String COLUMNS = "CHILD,DECOM,LS,PLACE,PL_POST,URN";

  @Test
  void theProvidersPostcodeOrItsSectorPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table(
                "Episodes",
                COLUMNS,
                "1,01/05/2025,C2,K2,ZZ1 1,SC000001",
                "1,01/06/2025,C2,K2,zz11ab,SC000001",
                "1,01/07/2025,C2,U1,ZZ7 7,SC000002",
                "1,01/08/2025,V3,K2,ZZ7 7,SC000001");
    assertThat(f.check(new Rule221(), "1")).isEmpty();
  }

  @Test
  void anotherPostcodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table(
                "Episodes",
                COLUMNS,
                "1,01/05/2025,C2,K2,ZZ9 9,SC000001",
                "1,01/06/2025,C2,K2,ZZ1 1XY,SC000001");
    List<RuleFinding> found = f.check(new Rule221(), "1");
    assertThat(flagged(found))
        .containsExactly(
            "Episodes:2:PL_POST", "Episodes:2:URN", "Episodes:3:PL_POST", "Episodes:3:URN");
    assertThat(found.get(0).explanation())
        .contains("Episodes row 2 PL_POST = ZZ9 9")
        .contains("Related: Ofsted providers row 2 POSTCODE = ZZ1 1AB");
  }
}
