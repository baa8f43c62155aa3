package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8935: "This child is showing more than one open Child Protection plan, i.e. with no End Date
 * (ERROR)"
 */
class Rule8935Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void oneOpenPlanPasses() {
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
            <CPPstartDate>2025-06-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8935(), child)).isEmpty();
  }

  @Test
  void twoOpenPlansInDifferentEpisodesFail() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-04-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-06-01</CPPstartDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8935(), child)))
        .containsExactlyInAnyOrder(
            "ChildProtectionPlans:4:CPPendDate", "ChildProtectionPlans:9:CPPendDate");
  }
}
