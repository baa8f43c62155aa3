package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8720: "Child Protection Plan Start Date missing or out of data collection period (ERROR)" */
class Rule8720Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanStartedLastYearPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2024-12-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8720(), child)).isEmpty();
  }

  @Test
  void aPlanWithoutStartOrStartingAfterTheReferenceDateFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
            </ChildProtectionPlans>
            <ChildProtectionPlans>
            <CPPstartDate>2026-04-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8720(), child)))
        .containsExactlyInAnyOrder(
            "ChildProtectionPlans:4:CPPstartDate", "ChildProtectionPlans:7:CPPstartDate");
  }
}
