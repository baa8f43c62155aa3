package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testProviders;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 219: "The Ofsted Unique reference number (URN) provided for the child's placement does not match
 * the placement type recorded."
 */
class Rule219Test {

  @Test
  void aPlacementTypeTheProviderIsRegisteredForPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table(
                "Episodes",
                "CHILD,DECOM,PLACE,URN",
                "1,01/05/2025,K2,SC000001",
                "1,01/06/2025,U3,SC000002",
                "1,01/07/2025,K2,SC000003");
    assertThat(f.check(new Rule219(), "1")).isEmpty();
  }

  @Test
  void aPlacementTypeTheProviderIsNotRegisteredForFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table("Episodes", "CHILD,DECOM,PLACE,URN", "1,01/05/2025,U1,SC000001");
    List<RuleFinding> found = f.check(new Rule219(), "1");
    assertThat(flagged(found)).containsExactly("Episodes:2:PLACE", "Episodes:2:URN");
    assertThat(found.get(0).explanation())
        .contains("Episodes row 2 PLACE = U1")
        .contains("Related: Ofsted providers row 2 PLACE_CODES = K2");
  }
}
