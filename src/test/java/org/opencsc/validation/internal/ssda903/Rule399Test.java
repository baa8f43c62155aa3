package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 399: "Mother field, review field or participation field are completed but child is looked after
 * under legal status V3 or V4."
 */
class Rule399Test {

  @Test
  void aChildAlsoLookedAfterOtherwisePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,MOTHER", "1,0")
            .table("Episodes", "CHILD,DECOM,LS", "1,01/05/2025,V3", "1,01/06/2025,C2")
            .table("Reviews", "CHILD,REVIEW,REVIEW_CODE", "1,01/07/2025,PN1");
    assertThat(f.check(new Rule399(), "1")).isEmpty();
  }

  @Test
  void detailsForAChildOnlyOnBreaksFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,MOTHER", "1,0")
            .table("Episodes", "CHILD,DECOM,LS", "1,01/05/2025,V3")
            .table("Reviews", "CHILD,REVIEW,REVIEW_CODE", "1,01/07/2025,PN1");
    assertThat(flagged(f.check(new Rule399(), "1")))
        .containsExactly("Header:2:MOTHER", "Reviews:2:REVIEW", "Reviews:2:REVIEW_CODE");
  }
}
