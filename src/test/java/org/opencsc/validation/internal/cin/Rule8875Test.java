package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8875: "The Date of Initial Child Protection Conference cannot be a weekend (ERROR)" */
class Rule8875Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aConferenceOnAMondayPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <DateOfInitialCPC>2025-06-02</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8875(), child)).isEmpty();
  }

  @Test
  void aConferenceOnASundayFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <DateOfInitialCPC>2025-06-01</DateOfInitialCPC>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8875(), child)))
        .containsExactlyInAnyOrder("Section47:4:DateOfInitialCPC");
  }
}
