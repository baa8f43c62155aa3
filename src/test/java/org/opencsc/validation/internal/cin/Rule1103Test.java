package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 1103: "The assessment start date cannot be before the referral date (ERROR)" */
class Rule1103Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anAssessmentStartingOnTheReferralDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule1103(), child)).isEmpty();
  }

  @Test
  void anAssessmentStartingBeforeTheReferralFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <Assessments>
            <AssessmentActualStartDate>2025-04-30</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule1103(), child)))
        .containsExactly("Assessments:5:AssessmentActualStartDate", "CINdetails:3:CINreferralDate");
  }
}
