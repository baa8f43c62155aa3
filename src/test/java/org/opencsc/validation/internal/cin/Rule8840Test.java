package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8840: "Child Protection Plan cannot start and end on the same day (ERROR)" */
class Rule8840Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanEndingTheNextDayPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            <CPPendDate>2025-05-02</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8840(), child)).isEmpty();
  }

  @Test
  void aPlanEndingTheDayItStartsFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            <CPPendDate>2025-05-01</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8840(), child)))
        .containsExactlyInAnyOrder(
            "ChildProtectionPlans:4:CPPstartDate", "ChildProtectionPlans:4:CPPendDate");
  }
}
