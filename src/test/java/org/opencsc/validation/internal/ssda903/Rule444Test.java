package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 444: "Duplicate UPN has been reported" */
class Rule444Test {

  @Test
  void distinctUpnsAndSharedUnCodesPass() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,UPN", "1,A123456789012", "2,B123456789012", "3,UN2", "4,UN2");
    assertThat(f.check(new Rule444(), "1")).isEmpty();
    assertThat(f.check(new Rule444(), "3")).isEmpty();
  }

  @Test
  void aSharedUpnFailsForEachChild() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,UPN", "1,A123456789012", "2,A123456789012", "3,UN1");
    assertThat(flagged(f.check(new Rule444(), "1"))).containsExactly("Header:2:UPN");
    assertThat(flagged(f.check(new Rule444(), "2"))).containsExactly("Header:3:UPN");
  }
}
