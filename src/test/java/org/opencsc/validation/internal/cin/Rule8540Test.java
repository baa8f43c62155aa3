package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8540: "Child’s disability is missing or invalid (see Disability table) (ERROR)" */
class Rule8540Test {

  private final CinFixture census =
      CinFixture.of(
          "2025-26", (field, code) -> field.equals("Disability") && DISABILITIES.contains(code));

  private static final Set<String> DISABILITIES = Set.of("NONE", "MOB", "AUT");

  @Test
  void dfeCodesPass() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2020-01-01</PersonBirthDate>
            </ChildIdentifiers>
            <ChildCharacteristics>
            <Disabilities>
            <Disability>MOB</Disability>
            <Disability>AUT</Disability>
            </Disabilities>
            </ChildCharacteristics>
            <CINdetails>
            <ReferralNFA>false</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8540(), child)).isEmpty();
  }

  @Test
  void aReferralWithNoFurtherActionIsNotChecked() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2020-01-01</PersonBirthDate>
            </ChildIdentifiers>
            <ChildCharacteristics>
            <Disabilities>
            <Disability>XX</Disability>
            </Disabilities>
            </ChildCharacteristics>
            <CINdetails>
            <ReferralNFA>true</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8540(), child)).isEmpty();
  }

  @Test
  void anUnknownCodeFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2020-01-01</PersonBirthDate>
            </ChildIdentifiers>
            <ChildCharacteristics>
            <Disabilities>
            <Disability>MOB</Disability>
            <Disability>XX</Disability>
            </Disabilities>
            </ChildCharacteristics>
            <CINdetails>
            <ReferralNFA>0</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8540(), child)))
        .containsExactly("Disabilities:8:Disability");
  }

  @Test
  void noDisabilityFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonBirthDate>2020-01-01</PersonBirthDate>
            </ChildIdentifiers>
            <ChildCharacteristics>
            <Disabilities>

            </Disabilities>
            </ChildCharacteristics>
            <CINdetails>
            <ReferralNFA>false</ReferralNFA>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8540(), child)))
        .containsExactly("ChildCharacteristics:5:Disabilities");
  }
}
