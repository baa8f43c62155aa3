package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 2991Q: "Please check and either amend data or provide a reason: A Section 47 module is recorded
 * and there is no assessment on the episode (QUERY)"
 */
class Rule2991QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anEnquiryWithAnAssessmentPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <Assessments>
            <AssessmentActualStartDate>2025-05-01</AssessmentActualStartDate>
            </Assessments>
            <Section47>
            <S47ActualStartDate>2025-05-01</S47ActualStartDate>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule2991Q(), child)).isEmpty();
  }

  @Test
  void anEnquiryWithoutAnAssessmentIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <Section47>
            <S47ActualStartDate>2025-05-01</S47ActualStartDate>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule2991Q(), child)))
        .containsExactly("Section47:4:S47ActualStartDate");
  }
}
