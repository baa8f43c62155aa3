package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 232: "Sex of the child/young person has been reported as unknown." */
class Rule232Test {

  @Test
  void aKnownSexPasses() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Header", "CHILD,SEX", "1,2");
    assertThat(f.check(new Rule232(), "1")).isEmpty();
  }

  @Test
  void anUnknownSexIsQueried() {
    Ssda903Fixture f = Ssda903Fixture.of("2025-26").table("Header", "CHILD,SEX", "1,u");
    assertThat(flagged(f.check(new Rule232(), "1"))).containsExactly("Header:2:SEX");
  }
}
