package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 441: "Participation method indicates child was 4 years old or over at the time of the review, but
 * the date of birth and review date indicates the child was under 4 years old."
 */
class Rule441Test {

  @Test
  void pn1OnTheFourthBirthdayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Reviews", "CHILD,DOB,REVIEW,REVIEW_CODE", "1,01/06/2021,01/06/2025,PN1");
    assertThat(f.check(new Rule441(), "1")).isEmpty();
  }

  @Test
  void pn3BeforeTheFourthBirthdayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Reviews", "CHILD,DOB,REVIEW,REVIEW_CODE", "1,02/06/2021,01/06/2025,PN3");
    assertThat(flagged(f.check(new Rule441(), "1"))).containsExactly("Reviews:2:REVIEW_CODE");
  }
}
