package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 630: "Information on previous permanence option should be returned." */
class Rule630Test {
  @Test
  void aNewStartWithPreviousPermanencePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,RNE", "1,01/05/2025,S", "2,01/05/2025,S")
            .table(
                "PrevPerm", "CHILD,PREV_PERM,LA_PERM,DATE_PERM", "1,Z1,,", "2,P1,352,01/01/2020");
    assertThat(f.check(new Rule630(), "1")).isEmpty();
    assertThat(f.check(new Rule630(), "2")).isEmpty();
  }

  @Test
  void aNewStartWithoutCompletePreviousPermanenceFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,RNE", "1,01/05/2025,S", "2,01/05/2025,S")
            .table("PrevPerm", "CHILD,PREV_PERM,LA_PERM,DATE_PERM", "2,P1,,01/01/2020");
    assertThat(flagged(f.check(new Rule630(), "1"))).containsExactly("Episodes:2:RNE");
    assertThat(flagged(f.check(new Rule630(), "2"))).containsExactly("Episodes:3:RNE");
  }
}
