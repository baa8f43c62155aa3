package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 4220: "Ethnicity is missing or invalid (see Ethnicity table) (ERROR)" */
class Rule4220Test {

  private final CinFixture census =
      CinFixture.of("2025-26", (field, code) -> field.equals("Ethnicity") && code.equals("WBRI"));

  @Test
  void aDfeCodePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildCharacteristics>
            <Ethnicity>WBRI</Ethnicity>
            </ChildCharacteristics>
            </Child>""");
    assertThat(census.check(new Rule4220(), child)).isEmpty();
  }

  @Test
  void anotherCodeFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildCharacteristics>
            <Ethnicity>ABAB</Ethnicity>
            </ChildCharacteristics>
            </Child>""");
    assertThat(flagged(census.check(new Rule4220(), child)))
        .containsExactly("ChildCharacteristics:2:Ethnicity");
  }

  @Test
  void noEthnicityFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildCharacteristics>
            <Disabilities/>
            </ChildCharacteristics>
            </Child>""");
    assertThat(flagged(census.check(new Rule4220(), child)))
        .containsExactly("ChildCharacteristics:2:Ethnicity");
  }
}
