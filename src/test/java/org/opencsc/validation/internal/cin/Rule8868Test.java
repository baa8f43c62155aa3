package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8868: "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by
 * ICPC date or ICPC not required flag (ERROR)"
 */
class Rule8868Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aClosedEpisodeWithItsEnquiriesCompletedPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINclosureDate>2025-06-01</CINclosureDate>
            <Section47>
            <DateOfInitialCPC>2025-05-20</DateOfInitialCPC>
            </Section47>
            <Section47>
            <ICPCnotRequired>true</ICPCnotRequired>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8868(), child)).isEmpty();
  }

  @Test
  void aClosedEpisodeWithAnOpenEnquiryFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINclosureDate>2025-06-01</CINclosureDate>
            <Section47>
            <ICPCnotRequired>0</ICPCnotRequired>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8868(), child)))
        .containsExactlyInAnyOrder(
            "CINdetails:3:CINclosureDate",
            "Section47:5:DateOfInitialCPC",
            "Section47:5:ICPCnotRequired");
  }
}
