package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 208: "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil ..." */
class Rule208Test {

  private static Ssda903Fixture fixture(String before, String now) {
    Ssda903Fixture last = Ssda903Fixture.of("2024-25").table("Header", "CHILD,UPN", "1," + before);
    return Ssda903Fixture.of("2025-26").table("Header", "CHILD,UPN", "1," + now).previous(last);
  }

  @Test
  void theSameUpnOrAChangeThatFollowsWhatBecameKnownPasses() {
    assertThat(fixture("X888888888888", "X888888888888").check(new Rule208(), "1")).isEmpty();
    assertThat(fixture("UN5", "H801200001001").check(new Rule208(), "1")).isEmpty();
    assertThat(fixture("UN1", "UN3").check(new Rule208(), "1")).isEmpty();
  }

  @Test
  void aDifferentUpnOrAnUnknownCodeAfterAKnownUpnFails() {
    assertThat(flagged(fixture("X888888888888", "A888888888888").check(new Rule208(), "1")))
        .containsExactly("Header:2:UPN");
    assertThat(fixture("UN4", "UN3").check(new Rule208(), "1")).hasSize(1);
    assertThat(fixture("H000000000000", "").check(new Rule208(), "1")).hasSize(1);
  }
}
