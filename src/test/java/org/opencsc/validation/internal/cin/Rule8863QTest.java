package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8863Q: "An Assessment is shown as starting when there is another Assessment ongoing. (QUERY)" */
class Rule8863QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anAssessmentStartingAfterTheLastEndedPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            <AssessmentAuthorisationDate>2025-06-01</AssessmentAuthorisationDate>
            </Assessments>
            <Assessments>
            <AssessmentActualStartDate>2025-06-02</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8863Q(), child)).isEmpty();
  }

  @Test
  void anAssessmentStartingWhileAnotherIsOpenFails() {
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
            <AssessmentActualStartDate>2025-06-02</AssessmentActualStartDate>
            <AssessmentAuthorisationDate>2025-06-10</AssessmentAuthorisationDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8863Q(), child)))
        .containsExactlyInAnyOrder(
            "Assessments:4:AssessmentActualStartDate",
            "Assessments:4:AssessmentAuthorisationDate",
            "Assessments:7:AssessmentActualStartDate");
  }
}
