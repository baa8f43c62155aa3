package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 440: "Participation method indicates child was under 4 years old at the time of the review, but
 * date of birth and review date indicates the child was 4 years old or over."
 */
class Rule440Test {

  @Test
  void pn0BeforeTheFourthBirthdayPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Reviews", "CHILD,DOB,REVIEW,REVIEW_CODE", "1,01/06/2021,01/06/2025,PN0");
    assertThat(f.check(new Rule440(), "1")).isEmpty();
  }

  @Test
  void pn0AfterTheFourthBirthdayFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,DOB", "1,01/06/2021")
            .table("Reviews", "CHILD,DOB,REVIEW,REVIEW_CODE", "1,,02/06/2025,PN0");
    assertThat(flagged(f.check(new Rule440(), "1"))).containsExactly("Reviews:2:REVIEW_CODE");
  }
}
