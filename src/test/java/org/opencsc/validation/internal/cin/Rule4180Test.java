package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4180: "Sex must be provided and equal M, F, or U (ERROR)" */
class Rule4180Test {

  private final CinFixture census =
      CinFixture.of("2025-26", (field, code) -> field.equals("Sex") && SEXES.contains(code));

  private static final Set<String> SEXES = Set.of("M", "F", "U");

  @Test
  void aDfeCodePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <Sex>U</Sex>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule4180(), child)).isEmpty();
  }

  @Test
  void anotherCodeFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <Sex>X</Sex>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule4180(), child)))
        .containsExactly("ChildIdentifiers:2:Sex");
  }

  @Test
  void noSexFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule4180(), child)))
        .containsExactly("ChildIdentifiers:2:Sex");
  }
}
