package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8790: "Disability information includes both None and other values (ERROR)" */
class Rule8790Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void noneAlonePasses() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <ChildCharacteristics>
            <Disabilities>
            <Disability>NONE</Disability>
            </Disabilities>
            </ChildCharacteristics>
            </Child>""");
    assertThat(census.check(new Rule8790(), child)).isEmpty();
  }

  @Test
  void noneWithADisabilityFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <ChildCharacteristics>
            <Disabilities>
            <Disability>NONE</Disability>
            <Disability>MOB</Disability>
            </Disabilities>
            </ChildCharacteristics>
            </Child>""");
    assertThat(flagged(census.check(new Rule8790(), child)))
        .containsExactlyInAnyOrder("Disability:5:Disability", "Disability:6:Disability");
  }
}
