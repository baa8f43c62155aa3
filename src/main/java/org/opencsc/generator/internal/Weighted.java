package org.opencsc.generator.internal;

/** A code list with weights, from "CODE:weight" pairs; picks a code in proportion to its weight. */
final class Weighted {

  private final String[] codes;
  private final double[] cumulative;

  Weighted(String... pairs) {
    codes = new String[pairs.length];
    cumulative = new double[pairs.length];
    double total = 0;
    for (int i = 0; i < pairs.length; i++) {
      int colon = pairs[i].lastIndexOf(':');
      codes[i] = pairs[i].substring(0, colon);
      total += Double.parseDouble(pairs[i].substring(colon + 1));
      cumulative[i] = total;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= total;
    }
  }

  String pick(Rand rand) {
    return codes[index(rand.uniform())];
  }

  /** The index of the band a uniform draw falls in: usable with parallel arrays. */
  int index(double u) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (u < cumulative[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
