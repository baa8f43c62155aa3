package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testProviders;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 227: "Ofsted Unique reference number (URN) is not valid for the episode start date." */
class Rule227Test {

  @Test
  void anEpisodeStartingWhileTheProviderIsRegisteredPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,URN",
                "1,29/09/2025,01/10/2025,SC000002",
                "1,01/02/2026,,SC000001");
    assertThat(f.check(new Rule227(), "1")).isEmpty();
  }

  @Test
  void anEpisodeStartingOnOrAfterTheRegistrationEndedFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table("Episodes", "CHILD,DECOM,DEC,URN", "1,30/09/2025,,SC000002");
    List<RuleFinding> found = f.check(new Rule227(), "1");
    assertThat(flagged(found)).containsExactly("Episodes:2:DECOM", "Episodes:2:URN");
    assertThat(found.get(0).explanation())
        .contains("Related: Ofsted providers row 3 REG_END = 30/09/2025");
  }
}
