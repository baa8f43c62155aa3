package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 2885: "Child protection plan shown as starting a different day to the initial child protection
 * conference. (ERROR)"
 */
class Rule2885Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanStartingAtTheEnquirysConferencePasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <Section47>
            <DateOfInitialCPC>2025-06-01</DateOfInitialCPC>
            </Section47>
            <ChildProtectionPlans>
            <CPPstartDate>2025-06-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule2885(), child)).isEmpty();
  }

  @Test
  void aPlanStartingAtTheEpisodesConferencePasses() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <DateOfInitialCPC>2025-06-01</DateOfInitialCPC>
            <ChildProtectionPlans>
            <CPPstartDate>2025-06-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule2885(), child)).isEmpty();
  }

  @Test
  void aPlanStartingBeforeTheCensusYearIsNotChecked() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-03-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule2885(), child)).isEmpty();
  }

  @Test
  void aPlanStartingOnAnotherDayThanTheConferencesFails() {
    var child =
        census.child(
            """
            <Child>
            <CINdetails>
            <DateOfInitialCPC>2025-05-30</DateOfInitialCPC>
            <Section47>
            <DateOfInitialCPC>2025-05-31</DateOfInitialCPC>
            </Section47>
            <ChildProtectionPlans>
            <CPPstartDate>2025-06-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule2885(), child)))
        .containsExactly(
            "ChildProtectionPlans:7:CPPstartDate",
            "Section47:4:DateOfInitialCPC",
            "CINdetails:2:DateOfInitialCPC");
  }
}
