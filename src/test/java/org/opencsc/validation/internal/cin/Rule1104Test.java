package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 1104: "The date of the initial child protection conference cannot be before the referral date
 * (ERROR)"
 */
class Rule1104Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aConferenceOnTheReferralDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <DateOfInitialCPC>2025-05-20</DateOfInitialCPC>
            <Section47>
            <DateOfInitialCPC>2025-05-01</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule1104(), child)).isEmpty();
  }

  @Test
  void aConferenceBeforeTheReferralFailsOnTheEnquiryOrTheEpisode() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            <DateOfInitialCPC>2025-04-20</DateOfInitialCPC>
            <Section47>
            <DateOfInitialCPC>2025-04-30</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule1104(), child)))
        .containsExactly(
            "CINdetails:2:DateOfInitialCPC",
            "CINdetails:2:CINreferralDate",
            "Section47:5:DateOfInitialCPC",
            "CINdetails:2:CINreferralDate");
  }
}
