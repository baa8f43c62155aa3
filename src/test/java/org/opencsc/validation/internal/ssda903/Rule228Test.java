package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testProviders;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 228: "Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give
 * false positives on open episodes at providers who close during the year]"
 */
class Rule228Test {

  @Test
  void anEpisodeEndingByTheDayTheRegistrationEndedPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,URN",
                "1,01/05/2025,30/09/2025,SC000002",
                "1,01/10/2025,,SC000001");
    assertThat(f.check(new Rule228(), "1")).isEmpty();
  }

  @Test
  void anEpisodeEndingLaterOrStillOpenFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table(
                "Episodes",
                "CHILD,DECOM,DEC,URN",
                "1,01/05/2025,01/10/2025,SC000002",
                "1,01/11/2025,,SC000002");
    List<RuleFinding> found = f.check(new Rule228(), "1");
    assertThat(flagged(found))
        .containsExactly("Episodes:2:DEC", "Episodes:2:URN", "Episodes:3:DEC", "Episodes:3:URN");
    assertThat(found.get(1).explanation())
        .contains("Episodes row 3 DEC = (blank)")
        .contains("Related: Ofsted providers row 3 REG_END = 30/09/2025");
  }
}
