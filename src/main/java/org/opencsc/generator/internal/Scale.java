package org.opencsc.generator.internal;

import org.opencsc.generator.CouncilSize;

/** How many children a size means: children known to children's social care in the year. */
final class Scale {

  static final int SMALL_CHILDREN = 1_000;
  static final int LARGE_CHILDREN = 20_000;
  static final int BENCHMARK_CHILDREN = 50_000;

  private Scale() {}

  static int children(CouncilSize size) {
    return switch (size) {
      case SMALL -> SMALL_CHILDREN;
      case LARGE -> LARGE_CHILDREN;
      case BENCHMARK -> BENCHMARK_CHILDREN;
      case NATIONAL -> Calibration.NATIONAL_CHILDREN_KNOWN;
    };
  }

  /** The share of England a size is: 1 for national. */
  static double factor(CouncilSize size) {
    return children(size) / (double) Calibration.NATIONAL_CHILDREN_KNOWN;
  }

  /** Referrals a year a council of this size should see, scaled from England's 632,830. */
  static double expectedReferrals(CouncilSize size) {
    return Calibration.NATIONAL_REFERRALS * factor(size);
  }

  /** Children looked after at 31 March, scaled from England's 81,770. */
  static double expectedLookedAfter(CouncilSize size) {
    return Calibration.NATIONAL_CLA_AT_31_MARCH * factor(size);
  }
}
