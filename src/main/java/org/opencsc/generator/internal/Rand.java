package org.opencsc.generator.internal;

import java.util.SplittableRandom;

/**
 * A random stream for one purpose of one child (or of the organisation), derived from the seed, so
 * that children can be generated independently and in any order with the same result.
 */
final class Rand {

  /** Streams: one per purpose, so that adding draws to one never shifts another. */
  static final int JOURNEY = 1;

  static final int DETAIL = 2;
  static final int ALLOCATION = 3;
  static final int ORGANISATION = 4;
  static final int ABSENCE = 5;
  static final int WORKFORCE_CENSUS = 6;

  private final SplittableRandom random;

  Rand(long seed, long index, int stream) {
    this.random = new SplittableRandom(mix(seed, index, stream));
  }

  /** SplitMix64's finaliser over the three inputs: neighbouring indices give unrelated streams. */
  static long mix(long seed, long index, int stream) {
    long z =
        seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  double uniform() {
    return random.nextDouble();
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number from lo to hi inclusive. */
  int between(int lo, int hi) {
    return hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
  }

  double gaussian() {
    return random.nextGaussian();
  }

  double logNormal(double median, double sigma) {
    return median * Math.exp(sigma * random.nextGaussian());
  }

  /** Exponentially distributed with the given mean. */
  double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
