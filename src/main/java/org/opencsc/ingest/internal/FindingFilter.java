package org.opencsc.ingest.internal;

import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Severity;

/** Which of a run's findings to list: of one severity, of one rule, or (null) any. */
public record FindingFilter(@Nullable Severity severity, @Nullable String rule) {

  public static final FindingFilter ALL = new FindingFilter(null, null);

  public boolean isAll() {
    return severity == null && rule == null;
  }
}
