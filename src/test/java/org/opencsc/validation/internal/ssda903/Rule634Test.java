package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 634: "There are entries for previous permanence options, but child has not started to be looked
 * after from 1 April 2016 onwards."
 */
class Rule634Test {
  @Test
  void detailsForAChildWhoStartedSince2016Pass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM", "1,01/01/2015", "1,01/04/2016")
            .table("PrevPerm", "CHILD,PREV_PERM,LA_PERM,DATE_PERM", "1,Z1,,");
    assertThat(f.check(new Rule634(), "1")).isEmpty();
  }

  @Test
  void detailsForAChildLookedAfterSinceBefore2016Fail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM", "1,31/03/2016")
            .table("PrevPerm", "CHILD,PREV_PERM,LA_PERM,DATE_PERM", "1,Z1,,");
    assertThat(flagged(f.check(new Rule634(), "1")))
        .containsExactly("PrevPerm:2:PREV_PERM", "PrevPerm:2:LA_PERM", "PrevPerm:2:DATE_PERM");
  }
}
