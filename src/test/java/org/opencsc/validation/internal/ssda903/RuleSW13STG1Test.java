package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** SW13STG1: "The reason for social worker change is not valid." */
class RuleSW13STG1Test {
  private static final Codes REASONS =
      Ssda903Fixture.codes(Map.of("SW_REASON", List.of("MANAGE", "OTHERS")));

  @Test
  void aListedReasonOrABlankFirstEpisodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", REASONS)
            .table(
                "SWEpisodes",
                "CHILD,SW_DECOM,SW_DEC,SW_REASON",
                "1,01/01/2025,01/06/2025,",
                "1,01/06/2025,,MANAGE");
    assertThat(f.check(new RuleSW13STG1(), "1")).isEmpty();
  }

  @Test
  void aBlankReasonAfterAChangeOrAnUnlistedOneFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", REASONS)
            .table(
                "SWEpisodes",
                "CHILD,SW_DECOM,SW_DEC,SW_REASON",
                "1,01/04/2025,01/06/2025,XXX",
                "1,01/06/2025,,");
    assertThat(flagged(f.check(new RuleSW13STG1(), "1")))
        .containsExactly("SWEpisodes:2:SW_REASON", "SWEpisodes:3:SW_REASON");
  }
}
