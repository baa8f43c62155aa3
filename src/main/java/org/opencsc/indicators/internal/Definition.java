package org.opencsc.indicators.internal;

import java.util.Objects;
import org.opencsc.indicators.Indicator;

/** An indicator and the query whose rows are the children or workers behind it. */
record Definition(Indicator indicator, String query) {

  Definition {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(query, "query");
  }
}
