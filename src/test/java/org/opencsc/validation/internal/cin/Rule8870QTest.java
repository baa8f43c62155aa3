package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 8870Q: "Please check and either amend or provide a reason: The Target Date for Initial Child
 * Protection Conference should not be a weekend (QUERY)"
 */
class Rule8870QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aTargetOnAFridayPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <InitialCPCtarget>2025-05-30</InitialCPCtarget>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(census.check(new Rule8870Q(), child)).isEmpty();
  }

  @Test
  void aTargetOnASaturdayFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <CINdetails>
            <Section47>
            <InitialCPCtarget>2025-05-31</InitialCPCtarget>
            </Section47>
            </CINdetails>
            </Child>""");
    assertThat(flagged(census.check(new Rule8870Q(), child)))
        .containsExactlyInAnyOrder("Section47:4:InitialCPCtarget");
  }
}
