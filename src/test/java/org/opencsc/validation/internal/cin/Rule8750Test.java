package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8750: "Sex must equal U for an unborn child (ERROR)" */
class Rule8750Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anUnbornChildOfSexUPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>
            <Sex>U</Sex>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule8750(), child)).isEmpty();
  }

  @Test
  void anUnbornChildOfSexFFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>
            <Sex>F</Sex>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8750(), child)))
        .containsExactlyInAnyOrder(
            "ChildIdentifiers:2:Sex",
            "ChildIdentifiers:2:PersonBirthDate",
            "ChildIdentifiers:2:ExpectedPersonBirthDate");
  }
}
