package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8775Q: "Please check and either amend data or provide a reason: Child is over 25 years old
 * (QUERY)"
 */
class Rule8775QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aYoungPersonPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <PersonBirthDate>2001-04-01</PersonBirthDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8775Q(), child)).isEmpty();
  }

  @Test
  void anEpisodeClosedBeforeThe25thBirthdayPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <PersonBirthDate>2000-05-01</PersonBirthDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINclosureDate>2025-04-30</CINclosureDate>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8775Q(), child)).isEmpty();
  }

  @Test
  void anOpenEpisodeOfSomeoneOver25Fails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <PersonBirthDate>2000-05-01</PersonBirthDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINreferralDate>2025-05-01</CINreferralDate>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8775Q(), child)))
        .containsExactlyInAnyOrder(
            "ChildIdentifiers:2:PersonBirthDate", "CINdetails:6:CINclosureDate");
  }
}
