package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8740: "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the
 * end of the census year, the start date must fall within the census year (ERROR)"
 */
class Rule8740Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anEnquiryWaitingSinceThisYearPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <S47ActualStartDate>2026-03-20</S47ActualStartDate>
            <ICPCnotRequired>0</ICPCnotRequired>
            </Section47>
            <Section47>
            <S47ActualStartDate>2025-03-20</S47ActualStartDate>
            <ICPCnotRequired>1</ICPCnotRequired>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8740(), child)).isEmpty();
  }

  @Test
  void anEnquiryWaitingSinceLastYearFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <S47ActualStartDate>2025-03-20</S47ActualStartDate>
            <ICPCnotRequired>false</ICPCnotRequired>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8740(), child)))
        .containsExactlyInAnyOrder(
            "Section47:4:S47ActualStartDate",
            "Section47:4:DateOfInitialCPC",
            "Section47:4:ICPCnotRequired");
  }
}
