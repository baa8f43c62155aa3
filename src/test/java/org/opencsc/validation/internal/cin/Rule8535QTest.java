package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8535Q: "Please check and either amend data or provide a reason: Child’s date of death should not
 * be prior to the date of birth (QUERY)"
 */
class Rule8535QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void deathOnTheDayOfBirthPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2025-05-01</PersonBirthDate>
            <PersonDeathDate>2025-05-01</PersonDeathDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule8535Q(), child)).isEmpty();
  }

  @Test
  void deathBeforeBirthIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2025-05-01</PersonBirthDate>
            <PersonDeathDate>2025-04-30</PersonDeathDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8535Q(), child)))
        .containsExactly(
            "ChildIdentifiers:2:PersonDeathDate", "ChildIdentifiers:2:PersonBirthDate");
  }
}
