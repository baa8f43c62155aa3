package org.opencsc.validation.internal.ssda903;

import org.jspecify.annotations.Nullable;
import org.opencsc.validation.ssda903.LookedAfterChild;
import org.opencsc.validation.ssda903.Ssda903Row;

/** The child's Header row in last year's return, for the rules that compare the two years. */
final class LastYearHeader {

  private LastYearHeader() {}

  static @Nullable Ssda903Row of(LookedAfterChild child) {
    return child.lastYear().map(LookedAfterChild::header).orElse(null);
  }
}
