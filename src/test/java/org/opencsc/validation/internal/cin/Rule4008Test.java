package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4008: "CIN Plan shown as starting after the child’s Date of Death. (ERROR)" */
class Rule4008Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanStartingOnTheDayOfDeathPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonDeathDate>2025-06-01</PersonDeathDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-06-01</CINPlanStartDate>
            <CINPlanEndDate>2025-06-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4008(), child)).isEmpty();
  }

  @Test
  void aPlanStartingAfterDeathFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonDeathDate>2025-06-01</PersonDeathDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-06-02</CINPlanStartDate>
            <CINPlanEndDate>2025-06-03</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4008(), child)))
        .containsExactly("CINPlanDates:6:CINPlanStartDate", "ChildIdentifiers:2:PersonDeathDate");
  }
}
