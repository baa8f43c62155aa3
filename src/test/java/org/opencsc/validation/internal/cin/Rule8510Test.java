package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencsc.validation.RuleTesting.flagged;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinFixture;

/** 8510: "More than one child record with the same LA Child ID (ERROR)" */
class Rule8510Test {

  private final CinFixture census = CinFixture.of("2025-26");

  @Test
  void childrenWithDifferentIdsPass() {
    assertThat(
            census.check(
                new Rule8510(),
                census.child(
                    "<Child><ChildIdentifiers><LAchildID>C2</LAchildID></ChildIdentifiers></Child>")))
        .isEmpty();
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>C1</LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(census.check(new Rule8510(), child)).isEmpty();
  }

  @Test
  void theSecondRecordOfAnIdFailsWhateverItsCase() {
    assertThat(
            census.check(
                new Rule8510(),
                census.child(
                    "<Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers></Child>")))
        .isEmpty();
    var child =
        census.child(
            """
            <Child>
            <ChildIdentifiers>
            <LAchildID>c1</LAchildID>
            </ChildIdentifiers>
            </Child>""");
    assertThat(flagged(census.check(new Rule8510(), child)))
        .containsExactly("ChildIdentifiers:2:LAchildID");
  }
}
