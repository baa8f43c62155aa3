package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8696: "Assessment end date must fall within the census year (ERROR)" */
class Rule8696Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void authorisedInTheYearPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentAuthorisationDate>2025-04-01</AssessmentAuthorisationDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8696(), child)).isEmpty();
  }

  @Test
  void authorisedAfterTheReferenceDateFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentAuthorisationDate>2026-04-01</AssessmentAuthorisationDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8696(), child)))
        .containsExactlyInAnyOrder("Assessments:4:AssessmentAuthorisationDate");
  }
}
