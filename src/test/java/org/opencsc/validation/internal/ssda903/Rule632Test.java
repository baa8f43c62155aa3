package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 632: "Date of previous permanence order not a valid value. NOTE: This rule may result in false
 * negatives where the period of care started before the current collection year"
 */
class Rule632Test {
  @Test
  void aDateBeforeCareOrWithUnknownPartsPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM", "1,01/05/2025")
            .table(
                "PrevPerm",
                "CHILD,DATE_PERM",
                "1,17/06/2021",
                "1,ZZ/05/2021",
                "1,05/ZZ/2020",
                "1,ZZ/ZZ/ZZZZ");
    assertThat(f.check(new Rule632(), "1")).isEmpty();
  }

  @Test
  void anUnreadableDateOrOneOnTheStartOfCareFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM", "1,01/05/2025")
            .table("PrevPerm", "CHILD,DATE_PERM", "1,01/13/2020", "1,ZZ/ZZ/ZZ", "1,01/05/2025");
    assertThat(flagged(f.check(new Rule632(), "1")))
        .containsExactly(
            "PrevPerm:2:DATE_PERM",
            "PrevPerm:3:DATE_PERM",
            "PrevPerm:4:DATE_PERM",
            "Episodes:2:DECOM");
  }
}
