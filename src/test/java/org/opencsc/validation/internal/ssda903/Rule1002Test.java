package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 1002: "This child has no previous episodes of care, therefore should not have care leaver ..."
 */
class Rule1002Test {

  @Test
  void aCareLeaverWithEpisodesThisYearOrLastPasses() {
    Ssda903Fixture last =
        Ssda903Fixture.of("2024-25").table("Episodes", "CHILD,DECOM", "2,01/05/2024");
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM", "1,01/05/2025")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1", "2,YES,F1,B1")
            .previous(last);
    assertThat(f.check(new Rule1002(), "1")).isEmpty();
    assertThat(f.check(new Rule1002(), "2")).isEmpty();
  }

  @Test
  void aCareLeaverWithNoEpisodesInEitherYearFails() {
    Ssda903Fixture last =
        Ssda903Fixture.of("2024-25").table("Episodes", "CHILD,DECOM", "2,01/05/2024");
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1")
            .previous(last);
    assertThat(flagged(f.check(new Rule1002(), "1")))
        .containsExactly("OC3:2:IN_TOUCH", "OC3:2:ACTIV", "OC3:2:ACCOM");
  }
}
