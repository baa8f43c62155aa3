package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 1520: "More than one record with the same UPN. (ERROR)" */
class Rule1520Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void childrenWithDifferentUpnsPass() {
    assertThat(
            census.check(
                new Rule1520(),
                census.child(
                    "<Child><ChildIdentifiers><UPN>H243278544154</UPN></ChildIdentifiers></Child>")))
        .isEmpty();
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>A950000178301</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1520(), child)).isEmpty();
  }

  @Test
  void theSecondChildWithAUpnAlreadySeenFails() {
    assertThat(
            census.check(
                new Rule1520(),
                census.child(
                    "<Child><ChildIdentifiers><UPN>A950000178301</UPN></ChildIdentifiers></Child>")))
        .isEmpty();
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <UPN>A950000178301</UPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule1520(), child)))
        .containsExactly("ChildIdentifiers:2:UPN");
  }
}
