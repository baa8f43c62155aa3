package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 524: "If reporting legal status of adopters is L12 then the genders of adopters should be coded
 * as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females"
 */
class Rule524Test {
  @Test
  void aSameSexCoupleCodedMmOrFfPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("AD1", "CHILD,LS_ADOPTR,SEX_ADOPTR", "1,L12,FF", "1,L11,MF");
    assertThat(f.check(new Rule524(), "1")).isEmpty();
  }

  @Test
  void aSameSexCoupleCodedMfFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("AD1", "CHILD,LS_ADOPTR,SEX_ADOPTR", "1,L12,MF");
    assertThat(flagged(f.check(new Rule524(), "1")))
        .containsExactly("AD1:2:LS_ADOPTR", "AD1:2:SEX_ADOPTR");
  }
}
