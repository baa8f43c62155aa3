package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8600: "Child referral date missing or after data collection period (ERROR)" */
class Rule8600Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aReferralOnTheReferenceDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2026-03-31</CINreferralDate>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8600(), child)).isEmpty();
  }

  @Test
  void aReferralAfterTheReferenceDateFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2026-04-01</CINreferralDate>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8600(), child)))
        .containsExactly("CINdetails:2:CINreferralDate");
  }

  @Test
  void anInvalidDateFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-02-30</CINreferralDate>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8600(), child)))
        .containsExactly("CINdetails:2:CINreferralDate");
  }
}
