package org.opencsc.improvement;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of an action that an update changed, with its value before and after as stored (status
 * and RAG by their ids, dates as yyyy-mm-dd, lists comma-separated); null for none.
 *
 * @param field one of {@link ImprovementPlan#FIELDS}
 */
public record FieldChange(String field, @Nullable String from, @Nullable String to) {

  public FieldChange {
    Objects.requireNonNull(field, "field");
  }
}
