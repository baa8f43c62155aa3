package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8930: "Child Protection Plan End Date must fall within the census year (ERROR)" */
class Rule8930Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanEndingInTheYearPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPendDate>2025-04-01</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8930(), child)).isEmpty();
  }

  @Test
  void aPlanEndingAfterTheReferenceDateFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPendDate>2026-04-01</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8930(), child)))
        .containsExactlyInAnyOrder("ChildProtectionPlans:4:CPPendDate");
  }
}
