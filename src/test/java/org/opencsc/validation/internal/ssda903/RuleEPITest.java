package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * EPI: "WARNING: Episodes need to be loaded for this child before further validation is possible
 * [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the
 * available data will be.]"
 */
class RuleEPITest {
  @Test
  void aChildWithEpisodesOrACareLeaverPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD", "1", "2")
            .table("Episodes", "CHILD,DECOM", "1,01/05/2025")
            .table("OC3", "CHILD,IN_TOUCH", "2,YES");
    assertThat(f.check(new RuleEPI(), "1")).isEmpty();
    assertThat(f.check(new RuleEPI(), "2")).isEmpty();
  }

  @Test
  void aChildWithoutEpisodesFails() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Header", "CHILD", "1");
    assertThat(flagged(f.check(new RuleEPI(), "1"))).containsExactly("Header:2:CHILD");
  }
}
