package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8585Q: "Please check and either amend or provide a reason: CIN episode shows Died as the Closure
 * Reason, however child has no recorded Date of Death (QUERY)"
 */
class Rule8585QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aDeathWithItsDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonDeathDate>2025-06-01</PersonDeathDate>
            </ChildIdentifiers>
            <CINdetails>
            <ReasonForClosure>RC2</ReasonForClosure>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8585Q(), child)).isEmpty();
  }

  @Test
  void aDeathWithoutADateIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            </ChildIdentifiers>
            <CINdetails>
            <ReasonForClosure>RC2</ReasonForClosure>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8585Q(), child)))
        .containsExactly("CINdetails:5:ReasonForClosure", "ChildIdentifiers:2:PersonDeathDate");
  }
}
