package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8940: "Child Protection Plan data contains overlapping dates (ERROR)" */
class Rule8940Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanStartingTheDayAfterAnotherEndsPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-04-01</CPPstartDate>
            <CPPendDate>2025-05-01</CPPendDate>
            </ChildProtectionPlans>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-02</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8940(), child)).isEmpty();
  }

  @Test
  void aPlanStartingTheDayAnotherEndsFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-04-01</CPPstartDate>
            <CPPendDate>2025-05-01</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8940(), child)))
        .containsExactlyInAnyOrder(
            "ChildProtectionPlans:4:CPPstartDate",
            "ChildProtectionPlans:4:CPPendDate",
            "ChildProtectionPlans:10:CPPstartDate");
  }

  @Test
  void aPlanStartingWhileAnotherIsOpenFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-04-01</CPPstartDate>
            </ChildProtectionPlans>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            <CPPendDate>2025-06-01</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8940(), child)))
        .containsExactlyInAnyOrder(
            "ChildProtectionPlans:4:CPPstartDate",
            "ChildProtectionPlans:4:CPPendDate",
            "ChildProtectionPlans:7:CPPstartDate");
  }
}
