package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8805: "A CIN case cannot have a CIN closure date without a Reason for Closure (ERROR)" */
class Rule8805Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aClosureWithAReasonPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINclosureDate>2025-06-01</CINclosureDate>
            <ReasonForClosure>RC7</ReasonForClosure>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8805(), child)).isEmpty();
  }

  @Test
  void aClosureWithoutAReasonFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINclosureDate>2025-06-01</CINclosureDate>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8805(), child)))
        .containsExactlyInAnyOrder("CINdetails:3:CINclosureDate", "CINdetails:3:ReasonForClosure");
  }
}
