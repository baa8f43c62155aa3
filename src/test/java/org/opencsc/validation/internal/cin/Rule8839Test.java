package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8839: "Within one CINDetails group there are 2 or more open S47 Assessments (ERROR)" */
class Rule8839Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void oneOpenEnquiryPasses() {
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
            <S47ActualStartDate>2025-06-01</S47ActualStartDate>
            <ICPCnotRequired>1</ICPCnotRequired>
            </Section47>
            <Section47>
            <S47ActualStartDate>2025-07-01</S47ActualStartDate>
            <ICPCnotRequired>0</ICPCnotRequired>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8839(), child)).isEmpty();
  }

  @Test
  void twoOpenEnquiriesFail() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <S47ActualStartDate>2025-06-01</S47ActualStartDate>
            </Section47>
            <Section47>
            <S47ActualStartDate>2025-07-01</S47ActualStartDate>
            <ICPCnotRequired>false</ICPCnotRequired>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8839(), child)))
        .containsExactlyInAnyOrder("Section47:4:DateOfInitialCPC", "Section47:7:DateOfInitialCPC");
  }
}
