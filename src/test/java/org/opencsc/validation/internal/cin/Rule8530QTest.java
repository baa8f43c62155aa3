package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8530Q: "Please check and either amend data or provide a reason: Expected Date of Birth is outside
 * the expected range for this census (March to December of the Census Year end) (QUERY)"
 */
class Rule8530QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aDateInTheExpectedRangePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <ExpectedPersonBirthDate>2026-03-01</ExpectedPersonBirthDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule8530Q(), child)).isEmpty();
  }

  @Test
  void aDateLongBeforeTheReferenceDateIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <ExpectedPersonBirthDate>2026-02-28</ExpectedPersonBirthDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8530Q(), child)))
        .containsExactly("ChildIdentifiers:2:ExpectedPersonBirthDate");
  }

  @Test
  void aDateMoreThanNineMonthsAfterIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <ExpectedPersonBirthDate>2027-01-01</ExpectedPersonBirthDate>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8530Q(), child)))
        .containsExactly("ChildIdentifiers:2:ExpectedPersonBirthDate");
  }
}
