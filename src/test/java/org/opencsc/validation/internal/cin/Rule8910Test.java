package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8910: "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN
 * Census code set) (ERROR)"
 */
class Rule8910Test {

  private final CinFixture census = CinFixture.of("2025-26", (field, code) -> !code.equals("XYZ"));

  @Test
  void aListedCategoryPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8910(), child)).isEmpty();
  }

  @Test
  void aMissingOrUnlistedCategoryFails() {
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
            <LatestCategoryOfAbuse>XYZ</LatestCategoryOfAbuse>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8910(), child)))
        .containsExactlyInAnyOrder(
            "ChildProtectionPlans:4:LatestCategoryOfAbuse",
            "ChildProtectionPlans:7:LatestCategoryOfAbuse");
  }
}
