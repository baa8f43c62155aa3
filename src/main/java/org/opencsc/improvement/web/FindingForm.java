package org.opencsc.improvement.web;

import org.jspecify.annotations.Nullable;

/** The finding form as typed. */
record FindingForm(@Nullable String kind, @Nullable String text) {

  static FindingForm empty() {
    return new FindingForm(null, null);
  }
}
