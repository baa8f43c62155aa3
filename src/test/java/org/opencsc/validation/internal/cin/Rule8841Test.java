package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8841: "The review date cannot be on the same day or before the Child protection Plan start date.
 * (ERROR)"
 */
class Rule8841Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aReviewAfterTheStartPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            <Reviews>
            <CPPreviewDate>2025-05-02</CPPreviewDate>
            </Reviews>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8841(), child)).isEmpty();
  }

  @Test
  void aReviewOnTheStartFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <CPPstartDate>2025-05-01</CPPstartDate>
            <Reviews>
            <CPPreviewDate>2025-08-01</CPPreviewDate>
            <CPPreviewDate>2025-05-01</CPPreviewDate>
            </Reviews>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8841(), child)))
        .containsExactlyInAnyOrder(
            "ChildProtectionPlans:4:CPPstartDate", "CPPreviewDate:8:CPPreviewDate");
  }
}
