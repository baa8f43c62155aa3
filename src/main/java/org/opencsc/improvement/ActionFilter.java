package org.opencsc.improvement;

import org.jspecify.annotations.Nullable;

/**
 * Which actions of the plan to list, and in which order of due date. A null field filters nothing.
 *
 * @param overdueOnly only those overdue on the day asked about
 * @param latestDueFirst due date descending rather than ascending
 */
public record ActionFilter(
    @Nullable ActionStatus status,
    @Nullable String owner,
    @Nullable String serviceAreaId,
    boolean overdueOnly,
    boolean latestDueFirst) {

  public static final ActionFilter ALL = new ActionFilter(null, null, null, false, false);
}
