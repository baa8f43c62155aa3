package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8615: "Section 47 Enquiry Start Date must be present and cannot be later than the date of the
 * initial Child Protection Conference (ERROR)"
 */
class Rule8615Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void enquiryStartedBeforeConferencePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <S47ActualStartDate>2025-06-01</S47ActualStartDate>
            <DateOfInitialCPC>2025-06-10</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8615(), child)).isEmpty();
  }

  @Test
  void enquiryStartedAfterConferenceFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <S47ActualStartDate>2025-06-11</S47ActualStartDate>
            <DateOfInitialCPC>2025-06-10</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8615(), child)))
        .containsExactlyInAnyOrder(
            "Section47:4:S47ActualStartDate", "Section47:4:DateOfInitialCPC");
  }

  @Test
  void conferenceWithoutEnquiryStartFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <DateOfInitialCPC>2025-06-10</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8615(), child)))
        .containsExactlyInAnyOrder(
            "Section47:4:S47ActualStartDate", "Section47:4:DateOfInitialCPC");
  }
}
