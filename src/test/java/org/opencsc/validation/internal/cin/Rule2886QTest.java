package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinFixture;

/**
 * 2886Q: "Please check and either amend or provide a reason: Percentage of children with no sex
 * recorded is more than 2% (excluding unborns) (QUERY)"
 */
class Rule2886QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  private List<CinChild> children(int withSex, int withoutSex, int unbornWithout) {
    List<CinChild> children = new ArrayList<>();
    for (int i = 0; i < withSex; i++) {
      children.add(
          census.child("<Child><ChildIdentifiers><Sex>F</Sex></ChildIdentifiers></Child>"));
    }
    for (int i = 0; i < withoutSex; i++) {
      children.add(
          census.child("<Child><ChildIdentifiers><Sex>U</Sex></ChildIdentifiers></Child>"));
    }
    for (int i = 0; i < unbornWithout; i++) {
      children.add(
          census.child(
              "<Child><ChildIdentifiers><ExpectedPersonBirthDate>2026-05-01"
                  + "</ExpectedPersonBirthDate></ChildIdentifiers></Child>"));
    }
    return children;
  }

  @Test
  void twoInAHundredPasses() {
    // 98 with a sex, 2 without (2% exactly, not more), and 5 unborn without one: not counted
    assertThat(census.checkCensus(new Rule2886Q(), children(98, 2, 5).toArray(CinChild[]::new)))
        .isEmpty();
  }

  @Test
  void threeInAHundredFails() {
    assertThat(census.checkCensus(new Rule2886Q(), children(97, 3, 0).toArray(CinChild[]::new)))
        .hasSize(1);
  }
}
