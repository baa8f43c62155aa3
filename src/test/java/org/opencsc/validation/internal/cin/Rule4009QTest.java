package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4009Q: "CIN Plan cannot end after the child’s Date of Death (QUERY)" */
class Rule4009QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aPlanEndingOnTheDayOfDeathPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonDeathDate>2025-06-01</PersonDeathDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate>2025-06-01</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule4009Q(), child)).isEmpty();
  }

  @Test
  void aPlanEndingAfterDeathIsQueried() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <PersonDeathDate>2025-06-01</PersonDeathDate>
            </ChildIdentifiers>
            <CINdetails>
            <CINPlanDates>
            <CINPlanStartDate>2025-05-01</CINPlanStartDate>
            <CINPlanEndDate>2025-06-02</CINPlanEndDate>
            </CINPlanDates>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule4009Q(), child)))
        .containsExactly("CINPlanDates:6:CINPlanEndDate", "ChildIdentifiers:2:PersonDeathDate");
  }
}
