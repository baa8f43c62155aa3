package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8520: "Date of Birth is after data collection period (must be on or before the end of the census
 * period) (ERROR)"
 */
class Rule8520Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aBirthOnTheReferenceDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2026-03-31</PersonBirthDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule8520(), child)).isEmpty();
  }

  @Test
  void aBirthAfterTheReferenceDateFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2026-04-01</PersonBirthDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8520(), child)))
        .containsExactly("ChildIdentifiers:2:PersonBirthDate");
  }
}
