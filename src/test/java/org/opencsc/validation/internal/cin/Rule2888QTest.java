package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinFixture;

/**
 * 2888Q: "Please check and either amend or provide a reason: Only one disability code is recorded
 * per child and multiple disabilities should be recorded where possible. (QUERY)"
 */
class Rule2888QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  private CinChild child(String disabilities) {
    return census.child(
        "<Child><ChildCharacteristics><Disabilities>"
            + disabilities
            + "</Disabilities></ChildCharacteristics></Child>");
  }

  @Test
  void oneChildWithTwoDisabilitiesPasses() {
    CinChild a = child("<Disability>AUT</Disability>");
    CinChild b = child("<Disability>AUT</Disability><Disability>COMM</Disability>");
    assertThat(census.checkCensus(new Rule2888Q(), a, b)).isEmpty();
  }

  @Test
  void everyChildWithOneDisabilityFails() {
    // C's NONE twice is no disability at all
    CinChild a = child("<Disability>AUT</Disability>");
    CinChild b = child("<Disability>HAND</Disability>");
    CinChild c = child("<Disability>NONE</Disability><Disability>NONE</Disability>");
    assertThat(census.checkCensus(new Rule2888Q(), a, b, c)).hasSize(1);
  }

  @Test
  void aCensusWithNoDisabilityRecordedPasses() {
    assertThat(census.checkCensus(new Rule2888Q(), child("<Disability>NONE</Disability>")))
        .isEmpty();
  }
}
