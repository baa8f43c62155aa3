package org.opencsc.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate. The same settings always give the same council, byte for byte.
 *
 * @param size how many children
 * @param seed the random seed
 * @param asAt the extract date the data describes; nothing happens after it. The statutory returns
 *     cover the collection year (1 April to 31 March) ending on or before it.
 */
public record GeneratorSettings(CouncilSize size, long seed, LocalDate asAt) {

  /** The default extract date: the end of the 2025-26 collection year. */
  public static final LocalDate DEFAULT_AS_AT = LocalDate.of(2026, 3, 31);

  public GeneratorSettings {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(asAt, "asAt");
  }

  /** The last day of the collection year the returns cover: 31 March on or before asAt. */
  public LocalDate collectionYearEnd() {
    LocalDate march31 = LocalDate.of(asAt.getYear(), 3, 31);
    return asAt.isBefore(march31) ? march31.minusYears(1) : march31;
  }

  /** The first day of that collection year (1 April). */
  public LocalDate collectionYearStart() {
    return collectionYearEnd().minusYears(1).plusDays(1);
  }
}
