package org.opencsc.validation.internal.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.CinFixture;

/**
 * 2887Q: "Please check and either amend or provide a reason: Less than 8 disability codes have been
 * used in your return (QUERY)"
 */
class Rule2887QTest {

  private final CinFixture census = CinFixture.of("2025-26");

  private CinChild child(List<String> codes) {
    StringBuilder disabilities = new StringBuilder();
    for (String code : codes) {
      disabilities.append("<Disability>").append(code).append("</Disability>");
    }
    return census.child(
        "<Child><ChildCharacteristics><Disabilities>"
            + disabilities
            + "</Disabilities></ChildCharacteristics></Child>");
  }

  @Test
  void eightCodesPass() {
    CinChild a = child(List.of("AUT", "BEH", "COMM", "CON"));
    CinChild b = child(List.of("DDA", "HAND", "HEAR", "INC", "AUT"));
    assertThat(census.checkCensus(new Rule2887Q(), a, b)).isEmpty();
  }

  @Test
  void sevenCodesAndNoneFail() {
    // NONE is not a disability code: seven codes used
    CinChild a = child(List.of("AUT", "BEH", "COMM", "CON", "NONE"));
    CinChild b = child(List.of("DDA", "HAND", "HEAR", "AUT"));
    assertThat(census.checkCensus(new Rule2887Q(), a, b)).hasSize(1);
  }
}
