package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.Codes;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 103: "The ethnicity code is either not valid or has not been entered." */
class Rule103Test {

  private static final Codes ETHNIC =
      Ssda903Fixture.codes(Map.of("ETHNIC", List.of("WBRI", "MWBC")));

  @Test
  void aListedCodePasses() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", ETHNIC).table("Header", "CHILD,ETHNIC", "1,WBRI");
    assertThat(f.check(new Rule103(), "1")).isEmpty();
  }

  @Test
  void anUnlistedOrBlankCodeFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26", ETHNIC).table("Header", "CHILD,ETHNIC", "1,XXXX", "2,");
    assertThat(flagged(f.check(new Rule103(), "1"))).containsExactly("Header:2:ETHNIC");
    assertThat(flagged(f.check(new Rule103(), "2"))).containsExactly("Header:3:ETHNIC");
  }
}
