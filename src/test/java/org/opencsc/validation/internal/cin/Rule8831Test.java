package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8831: "Activity is recorded against a case marked as a referral with no further action (ERROR)"
 */
class Rule8831Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aReferralGoingOnWithActivityPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReferralNFA>0</ReferralNFA>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            </Assessments>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8831(), child)).isEmpty();
  }

  @Test
  void aNoFurtherActionReferralWithActivityFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ReferralNFA>1</ReferralNFA>
            <DateOfInitialCPC>2025-05-20</DateOfInitialCPC>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            </Assessments>
            <Section47>
            <S47ActualStartDate>2025-05-02</S47ActualStartDate>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8831(), child)))
        .containsExactlyInAnyOrder(
            "CINdetails:3:ReferralNFA",
            "CINdetails:3:DateOfInitialCPC",
            "Assessments:6:AssessmentActualStartDate",
            "Section47:9:S47ActualStartDate");
  }
}
