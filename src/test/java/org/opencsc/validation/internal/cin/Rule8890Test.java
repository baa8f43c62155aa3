package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8890: "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing
 * (ERROR)"
 */
class Rule8890Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anEnquiryStartingAfterTheLastConferencePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <S47ActualStartDate>2025-05-01</S47ActualStartDate>
            <DateOfInitialCPC>2025-05-10</DateOfInitialCPC>
            </Section47>
            <Section47>
            <S47ActualStartDate>2025-05-11</S47ActualStartDate>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8890(), child)).isEmpty();
  }

  @Test
  void anEnquiryStartingWhileAnotherAwaitsItsConferenceFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <S47ActualStartDate>2025-05-01</S47ActualStartDate>
            <ICPCnotRequired>0</ICPCnotRequired>
            </Section47>
            <Section47>
            <S47ActualStartDate>2025-05-11</S47ActualStartDate>
            <ICPCnotRequired>1</ICPCnotRequired>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8890(), child)))
        .containsExactlyInAnyOrder(
            "Section47:4:S47ActualStartDate",
            "Section47:4:DateOfInitialCPC",
            "Section47:8:S47ActualStartDate");
  }
}
