package org.opencsc.validation.internal.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.ssda903.Ssda903Fixture;

/** 209: "Child looked after is of school age and should not have an unknown Unique Pupil ..." */
class Rule209Test {

  @Test
  void un1ForAChildUnderFourOnThe31stOfAugustPasses() {
    // 2025-26: the reference date is 31/08/2024
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB,UPN", "1,01/09/2020,UN1");
    assertThat(f.check(new Rule209(), "1")).isEmpty();
  }

  @Test
  void un1ForASchoolAgeChildFails() {
    Ssda903Fixture f =
        Ssda903Fixture.of("2025-26").table("Header", "CHILD,DOB,UPN", "1,31/08/2020,UN1");
    assertThat(flagged(f.check(new Rule209(), "1")))
        .containsExactly("Header:2:UPN", "Header:2:DOB");
  }
}
