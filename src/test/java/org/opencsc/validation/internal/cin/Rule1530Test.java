package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 1530: "UPN invalid (characters 2-4 not a recognised LA code) (ERROR)" */
class Rule1530Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aUpnFromAKnownAuthorityPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>A938100012345</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1530(), child)).isEmpty();
  }

  @Test
  void aUpnFromAPseudoAuthorityPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>A003278544154</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1530(), child)).isEmpty();
  }

  @Test
  void aUpnFromAnUnknownAuthorityFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>R421962919251</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule1530(), child)))
        .containsExactly("ChildIdentifiers:2:UPN");
  }

  @Test
  void aUpnWithLettersForItsAuthorityFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>ASFFAGSVSV123</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule1530(), child)))
        .containsExactly("ChildIdentifiers:2:UPN");
  }
}
