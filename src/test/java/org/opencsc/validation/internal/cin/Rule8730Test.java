package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8730: "Total Number of previous Child Protection Plans missing (ERROR)" */
class Rule8730Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void zeroPreviousPlansPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8730(), child)).isEmpty();
  }

  @Test
  void aMissingOrNegativeNumberFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            </ChildProtectionPlans>
            <ChildProtectionPlans>
            <NumberOfPreviousCPP>-1</NumberOfPreviousCPP>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8730(), child)))
        .containsExactlyInAnyOrder(
            "ChildProtectionPlans:4:NumberOfPreviousCPP",
            "ChildProtectionPlans:7:NumberOfPreviousCPP");
  }
}
