package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8770Q: "Please check and either amend data or provide a reason: UPN is missing or reason UPN is
 * missing or is UN1 for a child who is of school age. (QUERY)"
 */
class Rule8770QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aSchoolAgeChildWithAReasonPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <UPNunknown>UN3</UPNunknown>
            <PersonBirthDate>2015-01-01</PersonBirthDate>
            </ChildIdentifiers>
            <CINdetails>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8770Q(), child)).isEmpty();
  }

  @Test
  void aChildNotYetOfSchoolAgePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <UPNunknown>UN1</UPNunknown>
            <PersonBirthDate>2021-09-01</PersonBirthDate>
            </ChildIdentifiers>
            <CINdetails>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8770Q(), child)).isEmpty();
  }

  @Test
  void aSchoolAgeChildWithReasonUn1Fails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <UPNunknown>UN1</UPNunknown>
            <PersonBirthDate>2021-08-31</PersonBirthDate>
            </ChildIdentifiers>
            <CINdetails>
            <ReferralNFA>false</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8770Q(), child)))
        .containsExactlyInAnyOrder("ChildIdentifiers:2:UPN", "ChildIdentifiers:2:UPNunknown");
  }
}
