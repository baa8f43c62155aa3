package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8590: "Child does not have a recorded CIN episode. (ERROR)" */
class Rule8590Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aChildWithAnEpisodePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            </ChildIdentifiers>
            <CINdetails/>
            </Child>""");
    assertThat(census.check(new Rule8590(), child)).isEmpty();
  }

  @Test
  void aChildWithoutAnEpisodeFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8590(), child)))
        .containsExactly("ChildIdentifiers:2:LAchildID");
  }
}
