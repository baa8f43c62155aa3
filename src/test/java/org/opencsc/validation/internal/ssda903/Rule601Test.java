package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/**
 * 601: "The additional fields relating to adoption have not been completed although the episode
 * data shows that the child was adopted during the year."
 */
class Rule601Test {
  private static final String AD1 =
      "CHILD,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR";

  @Test
  void anAdoptionWithItsDetailsPasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/04/2025,01/09/2025,E11")
            .table("AD1", AD1, "1,01/05/2025,01/06/2025,0,2,MF,L11");
    assertThat(f.check(new Rule601(), "1")).isEmpty();
  }

  @Test
  void anAdoptionWithoutAllItsDetailsFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,DEC,REC", "1,01/04/2025,01/09/2025,E12")
            .table("AD1", AD1, "1,01/05/2025,,0,2,MF,L11");
    assertThat(flagged(f.check(new Rule601(), "1")))
        .containsExactly("AD1:2:DATE_MATCH", "Episodes:2:REC");
  }
}
