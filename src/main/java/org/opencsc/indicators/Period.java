package org.opencsc.indicators;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a figure is for: the as-at date (period end) and the period's first day, both inclusive, and
 * which worker a child counts for. Without a start, the period is the twelve months ending on the
 * as-at date, which for 31 March is the DfE's collection year (1 April to 31 March).
 */
public record Period(LocalDate start, LocalDate asAt, Attribution attribution) {

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(attribution, "attribution");
    if (start.isAfter(asAt)) {
      throw new IllegalArgumentException(
          "the period starts (" + start + ") after its as-at date (" + asAt + ")");
    }
  }

  /** The twelve months ending on {@code asAt} unless {@code from} says otherwise. */
  public static Period of(LocalDate asAt, @Nullable LocalDate from, Attribution attribution) {
    return new Period(from == null ? asAt.minusYears(1).plusDays(1) : from, asAt, attribution);
  }

  public static Period yearTo(LocalDate asAt) {
    return of(asAt, null, Attribution.EVENT);
  }
}
