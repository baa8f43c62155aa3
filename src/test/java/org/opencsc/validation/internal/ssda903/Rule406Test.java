package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;
import static org.opencsc.validation.ssda903.Ssda903Fixture.testPostcodes;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 406: "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be
 * blank. [NOTE: This check will result in false negatives for children formerly UASC not identified
 * as such in loaded data]"
 */
class Rule406Test {

  @Test
  void aUascChildWithoutADistanceOrAnotherChildWithOnePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,,ZZ1 2", "2,C2,ZZ1 1,ZZ1 2")
            .table("UASC", "CHILD,DUC", "1,");
    assertThat(f.check(new Rule406(), "1")).isEmpty();
    assertThat(f.check(new Rule406(), "2")).isEmpty();
  }

  @Test
  void aUascChildWithADistanceFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .postcodes(testPostcodes())
            .table("Episodes", "CHILD,LS,HOME_POST,PL_POST", "1,C2,ZZ1 1,ZZ1 2")
            .table("UASC", "CHILD,DUC", "1,");
    assertThat(flagged(f.check(new Rule406(), "1")))
        .containsExactly("Episodes:2:HOME_POST", "Episodes:2:PL_POST");
  }
}
