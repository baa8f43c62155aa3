package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8555Q: "Child cannot be referred after its recorded date of death (QUERY)" */
class Rule8555QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aReferralOnTheDayOfDeathPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonDeathDate>2025-06-01</PersonDeathDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-06-01</CINreferralDate>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8555Q(), child)).isEmpty();
  }

  @Test
  void aReferralAfterDeathIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonDeathDate>2025-06-01</PersonDeathDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-06-02</CINreferralDate>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8555Q(), child)))
        .containsExactly("CINdetails:5:CINreferralDate", "ChildIdentifiers:2:PersonDeathDate");
  }
}
