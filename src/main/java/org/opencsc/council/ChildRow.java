package org.opencsc.council;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A child in a list behind a count: age in whole years on the snapshot's date (null if not yet
 * born), sex (M, F, U), what they are open as, and their allocated worker and team since when (all
 * null for an unallocated child).
 */
public record ChildRow(
    String childId,
    @Nullable Integer age,
    String sex,
    OpenAs openAs,
    @Nullable String workerId,
    @Nullable String workerName,
    @Nullable String teamId,
    @Nullable String teamName,
    @Nullable LocalDate allocatedSince) {

  public ChildRow {
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(openAs, "openAs");
  }
}
