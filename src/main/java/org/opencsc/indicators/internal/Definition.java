package org.opencsc.indicators.internal;

import java.util.Objects;
import org.opencsc.indicators.Indicator;

/**
 * An indicator and the query whose rows are the children or workers behind it.
 *
 * @param rowsOf the indicator whose rows these are: its own id, or (a {@code -- rows:} header) the
 *     id of the indicator it shares its rows, and so its numerators and denominators, with
 * @param query the rows' query; empty until the catalogue gives a sharing definition the query of
 *     the indicator it shares with
 * @param inBulk whether the rows number hundreds of thousands on a national council ({@code --
 *     volume: high}: a row per referral, contact or assessment of the period, or per child in
 *     need), so that they are given their workers by joining the children's allocation timelines in
 *     bulk (child_facts_in_bulk.sql) rather than by one index probe a row (child_facts.sql); the
 *     same rows either way
 */
record Definition(Indicator indicator, String rowsOf, String query, boolean inBulk) {

  Definition {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(rowsOf, "rowsOf");
    Objects.requireNonNull(query, "query");
  }

  /** Whether the rows are another indicator's. */
  boolean sharesRows() {
    return !rowsOf.equals(indicator.id());
  }
}
