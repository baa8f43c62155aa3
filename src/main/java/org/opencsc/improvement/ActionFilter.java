package org.opencsc.improvement;

import org.jspecify.annotations.Nullable;

/**
 * Which actions of the plan to list, and in which order of due date. A null field filters nothing.
 *
 * @param auditId only those raised by this case audit
 * @param overdueOnly only those overdue on the day asked about
 * @param latestDueFirst due date descending rather than ascending
 */
public record ActionFilter(
    @Nullable ActionStatus status,
    @Nullable String owner,
    @Nullable String serviceAreaId,
    @Nullable Long auditId,
    boolean overdueOnly,
    boolean latestDueFirst) {

  public static final ActionFilter ALL = new ActionFilter(null, null, null, null, false, false);

  /** A filter on no case audit. */
  public ActionFilter(
      @Nullable ActionStatus status,
      @Nullable String owner,
      @Nullable String serviceAreaId,
      boolean overdueOnly,
      boolean latestDueFirst) {
    this(status, owner, serviceAreaId, null, overdueOnly, latestDueFirst);
  }
}
