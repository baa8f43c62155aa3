package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8568: "RNFA flag is missing or invalid (ERROR)" */
class Rule8568Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void trueFalseOneAndZeroPass() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8568(), child)).isEmpty();
  }

  @Test
  void anotherValueFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReferralNFA>no</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8568(), child)))
        .containsExactly("CINdetails:2:ReferralNFA");
  }

  @Test
  void aMissingFlagFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ReferralNFA></ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8568(), child)))
        .containsExactly("CINdetails:2:ReferralNFA");
  }
}
