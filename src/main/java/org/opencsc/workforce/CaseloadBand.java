package org.opencsc.workforce;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A caseload band, in children per full-time-equivalent worker: over {@code from} (from 0 included,
 * for the first band) and up to {@code to} included; the last band, over the council's caseload
 * threshold, has no upper end. The last band's workers are those the indicator
 * workers_over_caseload_threshold counts.
 */
public record CaseloadBand(BigDecimal from, @Nullable BigDecimal to) {

  public boolean isFirst() {
    return from.signum() == 0;
  }

  public boolean isOverThreshold() {
    return to == null;
  }

  /** Whether a worker holding {@code children} on {@code fte} is in the band (no rounding). */
  boolean holds(BigDecimal children, BigDecimal fte) {
    BigDecimal low = from.multiply(fte);
    boolean aboveFrom = isFirst() ? children.compareTo(low) >= 0 : children.compareTo(low) > 0;
    return aboveFrom && (to == null || children.compareTo(to.multiply(fte)) <= 0);
  }
}
