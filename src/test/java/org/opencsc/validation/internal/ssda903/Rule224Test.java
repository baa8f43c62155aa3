package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testProviders;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 224: "The Ofsted Unique reference number (URN) provided for the child's placement does not match
 * the placement provider recorded."
 */
class Rule224Test {

  @Test
  void aProviderCodeOfstedListsPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table(
                "Episodes",
                "CHILD,DECOM,PLACE_PROVIDER,URN",
                "1,01/05/2025,PR1,SC000001",
                "1,01/06/2025,PR4,SC000001",
                "1,01/07/2025,PR2,SC000003");
    assertThat(f.check(new Rule224(), "1")).isEmpty();
  }

  @Test
  void anotherProviderCodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .providers(testProviders())
            .table("Episodes", "CHILD,DECOM,PLACE_PROVIDER,URN", "1,01/05/2025,PR1,SC000002");
    List<RuleFinding> found = f.check(new Rule224(), "1");
    assertThat(flagged(found)).containsExactly("Episodes:2:PLACE_PROVIDER", "Episodes:2:URN");
    assertThat(found.get(0).explanation())
        .contains("Related: Ofsted providers row 3 PROVIDER_CODES = PR4");
  }
}
