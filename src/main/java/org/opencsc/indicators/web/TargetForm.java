package org.opencsc.indicators.web;

import org.jspecify.annotations.Nullable;

/**
 * What the target form sends, as typed: the target, the amber tolerance (blank means 0) and the
 * reason for the change.
 */
record TargetForm(@Nullable String target, @Nullable String tolerance, @Nullable String reason) {

  static TargetForm empty() {
    return new TargetForm("", "", "");
  }
}
