package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 335: "The current foster value (0) suggests that child is not adopted by current foster carer,
 * but last placement is A2, A3, or A5. Or the current foster value (1) suggests that child is
 * adopted by current foster carer, but last placement is A1, A4 or A6."
 */
class Rule335Test {

  @Test
  void agreeingValuesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,PLACE,REC", "1,A3,E11", "2,A1,E12")
            .table("AD1", "CHILD,FOSTER_CARE", "1,1", "2,0");
    assertThat(f.check(new Rule335(), "1")).isEmpty();
    assertThat(f.check(new Rule335(), "2")).isEmpty();
  }

  @Test
  void contradictingValuesFail() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,PLACE,REC", "1,A5,E1", "2,A4,E12")
            .table("AD1", "CHILD,FOSTER_CARE", "1,0", "2,1");
    assertThat(flagged(f.check(new Rule335(), "1")))
        .containsExactly("Episodes:2:PLACE", "AD1:2:FOSTER_CARE");
    assertThat(flagged(f.check(new Rule335(), "2")))
        .containsExactly("Episodes:3:PLACE", "AD1:3:FOSTER_CARE");
  }
}
