package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8896: "Within one CINDetails group there are 2 or more open Assessments groups (ERROR)" */
class Rule8896Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void oneOpenAssessmentPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentAuthorisationDate>2025-05-10</AssessmentAuthorisationDate>
            </Assessments>
            <Assessments>
            <AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8896(), child)).isEmpty();
  }

  @Test
  void twoOpenAssessmentsFail() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            </Assessments>
            <Assessments>
            <AssessmentActualStartDate>2025-06-01</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8896(), child)))
        .containsExactlyInAnyOrder(
            "Assessments:4:AssessmentAuthorisationDate",
            "Assessments:7:AssessmentAuthorisationDate");
  }
}
