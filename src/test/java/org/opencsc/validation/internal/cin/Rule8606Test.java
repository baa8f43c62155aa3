package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8606: "Child referral date is more than 40 weeks before DOB or expected DOB (ERROR)" */
class Rule8606Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aReferralFortyWeeksBeforeBirthPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2026-02-05</PersonBirthDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8606(), child)).isEmpty();
  }

  @Test
  void anEarlierReferralFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <ExpectedPersonBirthDate>2026-02-06</ExpectedPersonBirthDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8606(), child)))
        .containsExactly(
            "CINdetails:5:CINreferralDate", "ChildIdentifiers:2:ExpectedPersonBirthDate");
  }
}
