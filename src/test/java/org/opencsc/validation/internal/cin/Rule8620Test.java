package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8620: "CIN Closure Date present and does not fall within the Census year (ERROR)" */
class Rule8620Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void closureOnTheReferenceDatePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINclosureDate>2026-03-31</CINclosureDate>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8620(), child)).isEmpty();
  }

  @Test
  void closureBeforeOrAfterTheYearFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <CINclosureDate>2025-03-31</CINclosureDate>
            </CINdetails>
            <CINdetails>
            <CINclosureDate>2026-04-01</CINclosureDate>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8620(), child)))
        .containsExactlyInAnyOrder("CINdetails:3:CINclosureDate", "CINdetails:6:CINclosureDate");
  }
}
