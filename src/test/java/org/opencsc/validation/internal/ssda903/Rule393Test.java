package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 393: "Child is looked after but mother field is not completed." */
class Rule393Test {

  @Test
  void aGirlWithMotherCompletedOrOnlyOnBreaksPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,SEX,MOTHER", "1,F,0", "2,F,")
            .table("Episodes", "CHILD,LS", "1,C2", "2,V3");
    assertThat(f.check(new Rule393(), "1")).isEmpty();
    assertThat(f.check(new Rule393(), "2")).isEmpty();
  }

  @Test
  void aLookedAfterGirlWithoutMotherFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,SEX,MOTHER", "1,F,", "2,2,")
            .table("Episodes", "CHILD,LS", "1,V3", "1,C2", "2,C2");
    assertThat(flagged(f.check(new Rule393(), "1"))).containsExactly("Header:2:MOTHER");
    // 2 is female in the returns before 2025-26
    assertThat(flagged(f.check(new Rule393(), "2"))).containsExactly("Header:3:MOTHER");
  }
}
