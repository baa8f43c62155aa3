package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testProviders;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 229: "Placement provider does not match between the placing authority and the local authority
 * code of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be
 * inaccurate in some cases.]"
 */
class Rule229Test {

  private static final String COLUMNS = "CHILD,DECOM,PLACE,PLACE_PROVIDER,URN";

  @Test
  void ownProvisionInTheAreaOrAnotherAuthoritysOutsideItPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table(
                "Episodes",
                COLUMNS,
                "1,01/05/2025,K2,PR1,SC000001",
                "1,01/06/2025,U1,PR2,SC000002",
                "1,01/07/2025,K3,PR1,SC000002",
                "1,01/08/2025,K2,PR1,SC000003");
    assertThat(f.check(new Rule229(), "1")).isEmpty();
  }

  @Test
  void ownProvisionElsewhereOrAnotherAuthoritysInTheAreaFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table(
                "Episodes",
                COLUMNS,
                "1,01/05/2025,U1,PR1,SC000002",
                "1,01/06/2025,K2,PR2,SC000001");
    List<RuleFinding> found = f.check(new Rule229(), "1");
    assertThat(flagged(found))
        .containsExactly(
            "Episodes:2:PLACE_PROVIDER",
            "Episodes:2:URN",
            "Episodes:3:PLACE_PROVIDER",
            "Episodes:3:URN");
    assertThat(found.get(0).explanation())
        .contains("Related: Ofsted providers row 3 LA = E06000902");
  }
}
