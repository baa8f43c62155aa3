package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8525Q: "Either Date of Birth or Expected Date of Birth must be provided (but not both) (QUERY)"
 */
class Rule8525QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aDateOfBirthAlonePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2020-01-01</PersonBirthDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule8525Q(), child)).isEmpty();
  }

  @Test
  void anExpectedDateAlonePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <ExpectedPersonBirthDate>2026-05-01</ExpectedPersonBirthDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule8525Q(), child)).isEmpty();
  }

  @Test
  void bothAreQueried() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2020-01-01</PersonBirthDate>
            <ExpectedPersonBirthDate>2020-01-02</ExpectedPersonBirthDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8525Q(), child)))
        .containsExactly(
            "ChildIdentifiers:2:PersonBirthDate", "ChildIdentifiers:2:ExpectedPersonBirthDate");
  }

  @Test
  void neitherIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8525Q(), child)))
        .containsExactly(
            "ChildIdentifiers:2:PersonBirthDate", "ChildIdentifiers:2:ExpectedPersonBirthDate");
  }
}
