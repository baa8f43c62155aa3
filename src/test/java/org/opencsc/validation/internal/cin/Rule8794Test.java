package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8794: "Child has two or more disabilities with the same code (ERROR)" */
class Rule8794Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void differentCodesPass() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <ChildCharacteristics>
            <Disabilities>
            <Disability>MOB</Disability>
            <Disability>HAND</Disability>
            </Disabilities>
            </ChildCharacteristics>
            </Child>""");
    assertThat(census.check(new Rule8794(), child)).isEmpty();
  }

  @Test
  void aRepeatedCodeFails() {
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers>
            <ChildCharacteristics>
            <Disabilities>
            <Disability>MOB</Disability>
            <Disability>HAND</Disability>
            <Disability>MOB</Disability>
            </Disabilities>
            </ChildCharacteristics>
            </Child>""");
    assertThat(flagged(census.check(new Rule8794(), child)))
        .containsExactlyInAnyOrder("Disability:7:Disability");
  }
}
