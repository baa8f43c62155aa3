package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8500: "LA Child ID missing (ERROR)" */
class Rule8500Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aChildWithAnIdPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule8500(), child)).isEmpty();
  }

  @Test
  void aChildWithoutAnIdFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID> </LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8500(), child)))
        .containsExactly("ChildIdentifiers:2:LAchildID");
  }
}
