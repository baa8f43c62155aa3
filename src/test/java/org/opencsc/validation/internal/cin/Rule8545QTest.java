package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8545Q: "Please check and either amend data or provide a reason: Child's date of death should be
 * within the census year (QUERY)"
 */
class Rule8545QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void deathInTheCensusYearPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonDeathDate>2025-04-01</PersonDeathDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule8545Q(), child)).isEmpty();
  }

  @Test
  void deathBeforeTheCensusYearIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonDeathDate>2025-03-31</PersonDeathDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8545Q(), child)))
        .containsExactly("ChildIdentifiers:2:PersonDeathDate");
  }

  @Test
  void deathAfterTheReferenceDateIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonDeathDate>2026-04-01</PersonDeathDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8545Q(), child)))
        .containsExactly("ChildIdentifiers:2:PersonDeathDate");
  }
}
