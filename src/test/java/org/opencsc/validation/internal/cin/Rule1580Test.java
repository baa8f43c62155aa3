package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 1580: "LA Child ID must not contain any non-alphanumeric characters (ERROR)" */
class Rule1580Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void lettersAndDigitsPass() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>abc123XYZ</LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1580(), child)).isEmpty();
  }

  @Test
  void punctuationFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>ABC-123</LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule1580(), child)))
        .containsExactly("ChildIdentifiers:2:LAchildID");
  }
}
