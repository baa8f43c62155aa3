package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 178: "Placement provider code is not a valid code." */
class Rule178Test {

  private static final Codes CODES =
      Ssda903Fixture.codes(Map.of("PLACE_PROVIDER", List.of("PR0", "PR1", "PR5")));

  @Test
  void aListedProviderOrNoneForATemporaryPlacementPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", CODES)
            .table(
                "Episodes",
                "CHILD,DECOM,PLACE,PLACE_PROVIDER",
                "1,01/05/2025,U1,PR1",
                "1,01/06/2025,T0,");
    assertThat(f.check(new Rule178(), "1")).isEmpty();
  }

  @Test
  void anUnlistedProviderOrOneForATemporaryPlacementFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", CODES)
            .table(
                "Episodes",
                "CHILD,DECOM,PLACE,PLACE_PROVIDER",
                "1,01/05/2025,U1,pr4",
                "1,01/06/2025,Z14,PR5");
    assertThat(flagged(f.check(new Rule178(), "1")))
        .containsExactly("Episodes:2:PLACE_PROVIDER", "Episodes:3:PLACE_PROVIDER");
  }
}
