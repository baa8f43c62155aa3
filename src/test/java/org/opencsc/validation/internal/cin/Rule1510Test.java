package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 1510: "UPN invalid (wrong check letter at character 1) (ERROR)" */
class Rule1510Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aUpnWithItsCheckLetterPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>A950000178301</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1510(), child)).isEmpty();
  }

  @Test
  void aTemporaryUpnEndingInALetterPassesWithItsCheckLetter() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>M20700001604A</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1510(), child)).isEmpty();
  }

  @Test
  void aUpnWithTheWrongCheckLetterFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>R247962919251</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule1510(), child)))
        .containsExactly("ChildIdentifiers:2:UPN");
  }

  @Test
  void aUpnOfTheWrongFormIsLeftToTheOtherRules() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>ASFFAGSVSV123</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1510(), child)).isEmpty();
  }
}
