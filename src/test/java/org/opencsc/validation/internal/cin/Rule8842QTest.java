package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8842Q: "Please check and either amend or provide a reason: Review Record has a missing date
 * (QUERY)"
 */
class Rule8842QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void reviewsWithDatesPass() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <Reviews>
            <CPPreviewDate>2025-05-02</CPPreviewDate>
            </Reviews>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8842Q(), child)).isEmpty();
  }

  @Test
  void aReviewWithoutADateFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <ChildProtectionPlans>
            <Reviews>
            <CPPreviewDate>2025-05-02</CPPreviewDate>
            <CPPreviewDate></CPPreviewDate>
            </Reviews>
            <Reviews>
            </Reviews>
            </ChildProtectionPlans>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8842Q(), child)))
        .containsExactlyInAnyOrder("CPPreviewDate:7:CPPreviewDate", "Reviews:9:CPPreviewDate");
  }
}
