package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8670Q: "Please check and either amend data or provide a reason: Assessment started more than 45
 * working days before the end of the census year. However, there is no Assessment end date.
 * (QUERY)"
 */
class Rule8670QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anOpenAssessmentStarted45WorkingDaysBeforeTheEndPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentActualStartDate>2026-01-27</AssessmentActualStartDate>
            </Assessments>
            <Assessments>
            <AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate>
            <AssessmentAuthorisationDate>2025-07-01</AssessmentAuthorisationDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8670Q(), child)).isEmpty();
  }

  @Test
  void anOpenAssessmentStartedEarlierFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentActualStartDate>2026-01-26</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8670Q(), child)))
        .containsExactlyInAnyOrder(
            "Assessments:4:AssessmentActualStartDate", "Assessments:4:AssessmentAuthorisationDate");
  }
}
