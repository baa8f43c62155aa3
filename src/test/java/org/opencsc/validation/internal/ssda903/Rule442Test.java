package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 442: "Unique Pupil Number (UPN) field is not completed." */
class Rule442Test {

  @Test
  void aUpnOrOnlyShortBreaksPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,UPN", "1,UN1", "2,")
            .table("Episodes", "CHILD,LS", "1,C2", "2,V3");
    assertThat(f.check(new Rule442(), "1")).isEmpty();
    assertThat(f.check(new Rule442(), "2")).isEmpty();
  }

  @Test
  void aMissingUpnFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,UPN", "1,")
            .table("Episodes", "CHILD,LS", "1,C2");
    assertThat(flagged(f.check(new Rule442(), "1"))).containsExactly("Header:2:UPN");
  }
}
