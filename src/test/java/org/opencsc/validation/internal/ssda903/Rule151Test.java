package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 151: "All data items relating to a childs adoption must be coded or left blank." */
class Rule151Test {

  private static final String AD1 =
      "CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";

  @Test
  void allOrNonePass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("AD1", AD1, "1,01/05/2025,01/06/2025,0,1,F1,L0", "1,,,,,,");
    assertThat(f.check(new Rule151(), "1")).isEmpty();
  }

  @Test
  void someBlankFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", AD1, "1,01/05/2025,01/06/2025,0,1,F1,");
    assertThat(flagged(f.check(new Rule151(), "1"))).hasSize(6).contains("AD1:2:LS_ADOPTR");
  }
}
