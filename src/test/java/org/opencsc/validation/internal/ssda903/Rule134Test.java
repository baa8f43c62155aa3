package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 134: "Data on adoption should not be entered for the OC3 cohort." */
class Rule134Test {

  private static final String AD1 =
      "CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";

  @Test
  void anAdoptionWithoutCareLeaverInformationPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,,,")
            .table("AD1", AD1, "1,01/05/2025,01/06/2025,0,1,F1,L0");
    assertThat(f.check(new Rule134(), "1")).isEmpty();
  }

  @Test
  void anAdoptionOfACareLeaverFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("OC3", "CHILD,IN_TOUCH,ACTIV,ACCOM", "1,YES,F1,B1")
            .table("AD1", AD1, "1,,01/06/2025,,,,");
    assertThat(flagged(f.check(new Rule134(), "1")))
        .containsExactly(
            "AD1:2:DATE_INT",
            "AD1:2:DATE_MATCH",
            "AD1:2:FOSTER_CARE",
            "AD1:2:NB_ADOPTR",
            "AD1:2:SEX_ADOPTR",
            "AD1:2:LS_ADOPTR");
  }
}
