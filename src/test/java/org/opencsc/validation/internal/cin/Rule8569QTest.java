package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8569Q: "A case with referral date before one working day prior to the collection start date must
 * not be flagged as a no further action case (QUERY)"
 */
class Rule8569QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void noFurtherActionOnTheLastWorkingDayBeforeTheYearPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-03-31</CINreferralDate>
            <ReferralNFA>true</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8569Q(), child)).isEmpty();
  }

  @Test
  void anEarlierReferralWithFurtherActionPasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-03-28</CINreferralDate>
            <ReferralNFA>false</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8569Q(), child)).isEmpty();
  }

  @Test
  void anEarlierReferralWithNoFurtherActionIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <CINreferralDate>2025-03-28</CINreferralDate>
            <ReferralNFA>1</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8569Q(), child)))
        .containsExactly("CINdetails:2:ReferralNFA", "CINdetails:2:CINreferralDate");
  }
}
