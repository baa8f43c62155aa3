package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 2884: "An initial child protection conference is recorded at both the S47 and CIN Details level
 * and it should only be recorded in one (ERROR)"
 */
class Rule2884Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aConferenceRecordedOnlyOnTheEnquiryPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <DateOfInitialCPC>2025-05-20</DateOfInitialCPC>
            <Section47>
            <DateOfInitialCPC>2025-06-01</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule2884(), child)).isEmpty();
  }

  @Test
  void theSameConferenceOnTheEpisodeAndAnEnquiryFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <DateOfInitialCPC>2025-05-20</DateOfInitialCPC>
            </CINdetails>
            <CINdetails>
            <Section47>
            <DateOfInitialCPC>2025-05-20</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule2884(), child)))
        .containsExactly("CINdetails:2:DateOfInitialCPC", "Section47:6:DateOfInitialCPC");
  }
}
