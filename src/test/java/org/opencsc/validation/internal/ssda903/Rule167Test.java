package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 167: "Data entry for participation is invalid or blank." */
class Rule167Test {

  private static final Codes CODES =
      Ssda903Fixture.codes(Map.of("REVIEW_CODE", List.of("PN0", "PN1")));

  @Test
  void aReviewWithAListedCodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", CODES)
            .table("Reviews", "CHILD,REVIEW,REVIEW_CODE", "1,01/06/2025,PN1", "1,,");
    assertThat(f.check(new Rule167(), "1")).isEmpty();
  }

  @Test
  void aReviewWithABlankOrUnlistedCodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", CODES)
            .table("Reviews", "CHILD,REVIEW,REVIEW_CODE", "1,01/06/2025,", "2,01/06/2025,PR0");
    assertThat(flagged(f.check(new Rule167(), "1"))).containsExactly("Reviews:2:REVIEW_CODE");
    assertThat(flagged(f.check(new Rule167(), "2"))).containsExactly("Reviews:3:REVIEW_CODE");
  }
}
