package org.opencsc.generator;

/**
 * How big a synthetic council to generate, in children known to children's social care in a year
 * (CIN census: children in need at any time in the year, including looked-after children).
 */
public enum CouncilSize {
  /** About 1,000 children in a year: a quick demo and the size most tests use. */
  SMALL,
  /** About 20,000 children in a year: a large county council. */
  LARGE,
  /**
   * About 50,000 children in a year: more than any one council, the size the ingest and validation
   * benchmarks' targets are set for.
   */
  BENCHMARK,
  /** England's whole volume (indicators.md: 632,830 referrals, 81,770 looked after at 31 March). */
  NATIONAL
}
