package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8675Q: "Please check and either amend data or provide a reason: S47 Enquiry started more than 15
 * working days before the end of the census year. However, there is no date of Initial Child
 * Protection Conference. (QUERY)"
 */
/**
 * In 2026-27 the reference date is Wednesday 31 March 2027, after Good Friday (26 March) and Easter
 * Monday (29 March): the 15th working day before it is Monday 8 March, not Wednesday 10 March.
 */
class Rule8675QTest {

  private final CinFixture census = CinFixture.of("2026-27");

  @Test
  void anEnquiryWithin15WorkingDaysCountingEasterPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <S47ActualStartDate>2027-03-09</S47ActualStartDate>
            <ICPCnotRequired>0</ICPCnotRequired>
            </Section47>
            <Section47>
            <S47ActualStartDate>2026-06-01</S47ActualStartDate>
            <ICPCnotRequired>1</ICPCnotRequired>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8675Q(), child)).isEmpty();
  }

  @Test
  void anEnquiryWaitingLongerFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <S47ActualStartDate>2027-03-05</S47ActualStartDate>
            <ICPCnotRequired>false</ICPCnotRequired>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8675Q(), child)))
        .containsExactlyInAnyOrder(
            "Section47:4:S47ActualStartDate", "Section47:4:DateOfInitialCPC");
  }
}
