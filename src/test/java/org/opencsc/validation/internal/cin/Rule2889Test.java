package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 2889: "The S47 start date cannot be before the referral date. (ERROR)" */
class Rule2889Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void anEnquiryStartingOnTheReferralDatePasses() {
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
    assertThat(census.check(new Rule2889(), child)).isEmpty();
  }

  @Test
  void anEnquiryStartingBeforeTheReferralFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <Section47>
            <S47ActualStartDate>2025-04-30</S47ActualStartDate>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule2889(), child)))
        .containsExactly("Section47:4:S47ActualStartDate", "CINdetails:2:CINreferralDate");
  }
}
