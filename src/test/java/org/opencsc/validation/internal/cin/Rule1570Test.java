package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 1570: "LA Child ID must not be longer than 20 characters (ERROR)" */
class Rule1570Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anIdOfTwentyCharactersPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>ABCDEFGHIJ1234567890</LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1570(), child)).isEmpty();
  }

  @Test
  void anIdOfTwentyOneCharactersFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>ABCDEFGHIJ12345678901</LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule1570(), child)))
        .containsExactly("ChildIdentifiers:2:LAchildID");
  }
}
