package org.opencsc.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caseload bands: five children per FTE wide up to the threshold, then one band over it. */
class CaseloadBandTest {

  @Test
  void theBandsEndAtTheThresholdWhateverItIs() {
    assertThat(labels(WorkforceService.bands(18)))
        .containsExactly("0-5", "5-10", "10-15", "15-18", "18+");
    assertThat(labels(WorkforceService.bands(20)))
        .containsExactly("0-5", "5-10", "10-15", "15-20", "20+");
    assertThat(labels(WorkforceService.bands(3))).containsExactly("0-3", "3+");
  }

  @Test
  void aCaseloadAtAnEdgeIsInTheBandBelowItAndNoneIsRounded() {
    List<CaseloadBand> bands = WorkforceService.bands(18);
    // 9 children on 0.5 FTE is exactly 18: at the threshold, not over it
    assertThat(band(bands, "9", "0.5")).isEqualTo("15-18");
    assertThat(band(bands, "10", "0.5")).isEqualTo("18+");
    assertThat(band(bands, "0", "1")).isEqualTo("0-5");
    assertThat(band(bands, "5", "1")).isEqualTo("0-5");
    // 5.000001 per FTE: over 5, although it would round to 5.0
    assertThat(band(bands, "5.000001", "1")).isEqualTo("5-10");
    // 7 on 0.388889 FTE is 17.9999...: not over the threshold
    assertThat(band(bands, "7", "0.388889")).isEqualTo("15-18");
  }

  private static String band(List<CaseloadBand> bands, String children, String fte) {
    List<CaseloadBand> holding =
        bands.stream().filter(b -> b.holds(new BigDecimal(children), new BigDecimal(fte))).toList();
    assertThat(holding).hasSize(1);
    return labels(holding).get(0);
  }

  private static List<String> labels(List<CaseloadBand> bands) {
    return bands.stream()
        .map(
            b ->
                b.to() == null
                    ? b.from().toPlainString() + "+"
                    : b.from().toPlainString() + "-" + b.to().toPlainString())
        .toList();
  }
}
