package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8915: "Child Protection Plan shown as starting after the child’s Date of Death (ERROR)" */
class Rule8915Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanStartingOnTheDayOfDeathPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <PersonDeathDate>2025-06-01</PersonDeathDate>
            </ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-06-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8915(), child)).isEmpty();
  }

  @Test
  void aPlanStartingAfterDeathFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            <PersonDeathDate>2025-06-01</PersonDeathDate>
            </ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-06-02</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8915(), child)))
        .containsExactlyInAnyOrder(
            "ChildIdentifiers:2:PersonDeathDate", "ChildProtectionPlans:7:CPPstartDate");
  }
}
