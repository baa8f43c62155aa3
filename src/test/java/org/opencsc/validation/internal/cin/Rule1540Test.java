package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 1540: "UPN invalid (characters 5-12 not all numeric) (ERROR)" */
class Rule1540Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void digitsAtFiveToTwelvePass() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>X00000000000A</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1540(), child)).isEmpty();
  }

  @Test
  void aLetterAtFiveToTwelveFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>X0000y0000000</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule1540(), child)))
        .containsExactly("ChildIdentifiers:2:UPN");
  }
}
