package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 1550: "UPN invalid (character 13 not a recognised value) (ERROR)" */
class Rule1550Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aDigitOrAllowedLetterAtThirteenPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>A93810001234Z</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1550(), child)).isEmpty();
  }

  @Test
  void anIAtThirteenFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>A93810001234I</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule1550(), child)))
        .containsExactly("ChildIdentifiers:2:UPN");
  }
}
