package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8920: "Child Protection Plan cannot end after the child’s Date of Death (ERROR)" */
class Rule8920Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanEndingOnTheDayOfDeathPasses() {
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
            <CPPendDate>2025-06-01</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8920(), child)).isEmpty();
  }

  @Test
  void aPlanEndingAfterDeathFails() {
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
            <CPPendDate>2025-06-02</CPPendDate>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8920(), child)))
        .containsExactlyInAnyOrder(
            "ChildIdentifiers:2:PersonDeathDate", "ChildProtectionPlans:7:CPPendDate");
  }
}
