package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 303: "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status
 * must be coded 1."
 */
class Rule303Test {

  @Test
  void aDateCeasedWithStatus1Passes() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,UASC", "1,1")
            .table("UASC", "CHILD,DUC", "1,01/05/2025");
    assertThat(f.check(new Rule303(), "1")).isEmpty();
  }

  @Test
  void aDateCeasedWithStatus0Fails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Header", "CHILD,UASC", "1,0")
            .table("UASC", "CHILD,DUC", "1,01/05/2025");
    assertThat(flagged(f.check(new Rule303(), "1"))).containsExactly("UASC:2:DUC", "Header:2:UASC");
  }
}
