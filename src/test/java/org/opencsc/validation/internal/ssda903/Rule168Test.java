package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 168: "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be ..." */
class Rule168Test {

  @Test
  void aWellFormedOrUnknownUpnPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,UPN", "1,X06805040829A", "2,L086819786126", "3,UN3", "4,");
    for (String child : new String[] {"1", "2", "3", "4"}) {
      assertThat(f.check(new Rule168(), child)).isEmpty();
    }
  }

  @Test
  void aMalformedUpnFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,UPN", "1,I072272729588", "2,UN7", "3,K06014812931");
    assertThat(flagged(f.check(new Rule168(), "1"))).containsExactly("Header:2:UPN");
    assertThat(flagged(f.check(new Rule168(), "2"))).containsExactly("Header:3:UPN");
    assertThat(flagged(f.check(new Rule168(), "3"))).containsExactly("Header:4:UPN");
  }
}
