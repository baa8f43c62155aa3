package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testProviders;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.RuleFinding;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 1008: "Ofsted Unique Reference Number (URN) is not valid." */
class Rule1008Test {

  private static Ssda903Fixture episodes(String... rows) {
    return Ssda903Fixture.of("2025-26")
        .providers(testProviders())
        .table("Episodes", "CHILD,DECOM,PLACE,URN", rows);
  }

  @Test
  void aListedUrnThePlaceholderOrNoneIsValid() {
    Ssda903Fixture f =
        episodes("1,01/05/2025,K2,sc000001", "1,01/06/2025,K2,XXXXXXX", "1,01/07/2025,P1,");
    assertThat(f.check(new Rule1008(), "1")).isEmpty();
  }

  @Test
  void aUrnOfstedDoesNotListIsNotValid() {
    List<RuleFinding> found = episodes("1,01/05/2025,K2,SC999999").check(new Rule1008(), "1");
    assertThat(flagged(found)).containsExactly("Episodes:2:URN");
    assertThat(found.get(0).explanation()).contains("Episodes row 2 URN = SC999999");
  }
}
