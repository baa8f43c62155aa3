package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8715: "Date of Initial Child Protection Conference must fall within the census year (ERROR)" */
class Rule8715Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void conferenceInTheYearPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <DateOfInitialCPC>2026-03-31</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8715(), child)).isEmpty();
  }

  @Test
  void conferenceBeforeTheYearFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <DateOfInitialCPC>2025-03-31</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8715(), child)))
        .containsExactlyInAnyOrder("Section47:4:DateOfInitialCPC");
  }
}
