package org.opencsc.drilldown;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.OpenAs;

/**
 * Who the child is on the snapshot's date: age in whole years (null before birth), sex (M, F, U),
 * what they are open as (as the council's children lists say), the worker and team they are
 * allocated to that day (null when unallocated), and the legal status and placement codes (SSDA903
 * LS and PLACE) of the episode of care they are in that day (null when not looked after).
 */
public record ChildSummary(
    String childId,
    @Nullable Integer age,
    String sex,
    OpenAs openAs,
    @Nullable String workerId,
    @Nullable String workerName,
    @Nullable String teamId,
    @Nullable String teamName,
    @Nullable LocalDate allocatedSince,
    @Nullable String legalStatus,
    @Nullable String placement,
    @Nullable LocalDate episodeStart) {

  public ChildSummary {
    Objects.requireNonNull(childId, "childId");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(openAs, "openAs");
  }
}
