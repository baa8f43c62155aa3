package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8565: "Activity shown after a case has been closed (ERROR)" */
class Rule8565Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void workEndingOnTheClosureDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINclosureDate>2025-06-01</CINclosureDate>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            <AssessmentAuthorisationDate>2025-05-20</AssessmentAuthorisationDate>
            </Assessments>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-10</CPPstartDate>
            <CPPendDate>2025-06-01</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8565(), child)).isEmpty();
  }

  @Test
  void workAfterTheClosureFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINclosureDate>2025-06-01</CINclosureDate>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            <AssessmentAuthorisationDate>2025-06-02</AssessmentAuthorisationDate>
            </Assessments>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-10</CPPstartDate>
            <CPPendDate>2025-06-03</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8565(), child)))
        .containsExactly(
            "CINdetails:2:CINclosureDate",
            "Assessments:4:AssessmentAuthorisationDate",
            "ChildProtectionPlans:8:CPPendDate");
  }
}
