package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 359: "Child being looked after following 18th birthday must be accommodated under section 20(5)
 * of the Children Act 1989 in a community home."
 */
class Rule359Test {

  @Test
  void anOpenEpisodeAfter18UnderV2InK2Passes() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/05/2007")
            .table("Episodes", "CHILD,DECOM,DEC,LS,PLACE", "1,01/05/2025,,V2,K2");
    assertThat(f.check(new Rule359(), "1")).isEmpty();
  }

  @Test
  void anOpenEpisodeAfter18OtherwiseFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/05/2007")
            .table("Episodes", "CHILD,DECOM,DEC,LS,PLACE", "1,01/05/2025,,C2,U1");
    assertThat(flagged(f.check(new Rule359(), "1")))
        .containsExactly("Episodes:2:LS", "Episodes:2:PLACE");
  }
}
