package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 199: "Episode information shows child has been previously adopted from care. [NOTE: ..." */
class Rule199Test {

  @Test
  void anAdoptionAsTheLatestEpisodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table("Episodes", "CHILD,DECOM,REC", "1,01/05/2025,X1", "1,01/06/2025,E11");
    assertThat(f.check(new Rule199(), "1")).isEmpty();
  }

  @Test
  void anEpisodeAfterAnAdoptionThisYearOrLastFails() {
    Ssda903Fixture last =
        Ssda903Fixture.of("2024-25").table("Episodes", "CHILD,DECOM,REC", "2,01/05/2024,E12");
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26")
            .table(
                "Episodes", "CHILD,DECOM,REC", "1,01/05/2025,E11", "1,01/07/2025,", "2,01/06/2025,")
            .previous(last);
    assertThat(flagged(f.check(new Rule199(), "1"))).containsExactly("Episodes:3:CHILD");
    assertThat(flagged(f.check(new Rule199(), "2"))).containsExactly("Episodes:4:CHILD");
  }
}
