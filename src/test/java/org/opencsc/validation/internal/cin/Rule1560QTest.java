package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/**
 * 1560Q: "Please check and either amend or provide a reason: Former UPN wrongly formatted (QUERY)"
 */
class Rule1560QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void aWellFormedFormerUpnPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <FormerUPN>X987654321231</FormerUPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1560Q(), child)).isEmpty();
  }

  @Test
  void aTemporaryFormerUpnPasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <FormerUPN>X98765432123A</FormerUPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule1560Q(), child)).isEmpty();
  }

  @Test
  void aShortFormerUpnFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <FormerUPN>X98721238</FormerUPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule1560Q(), child)))
        .containsExactly("ChildIdentifiers:2:FormerUPN");
  }

  @Test
  void aFormerUpnWithALetterInsideFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <FormerUPN>X0000y0000007</FormerUPN>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule1560Q(), child)))
        .containsExactly("ChildIdentifiers:2:FormerUPN");
  }
}
