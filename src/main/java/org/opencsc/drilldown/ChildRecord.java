package org.opencsc.drilldown;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A child's record in the served snapshot: who they are now, their timeline (newest first), the
 * workers who held their case (newest first), and how many different workers held it in the 12
 * months to the snapshot's date ({@code twelveMonthsFrom} to {@code asAt}), counted by the rule of
 * the indicator children_with_3_or_more_social_workers.
 */
public record ChildRecord(
    LocalDate asAt,
    ChildSummary summary,
    List<TimelineEntry> timeline,
    List<CaseHolder> caseHolders,
    int workersIn12Months) {

  public ChildRecord {
    Objects.requireNonNull(asAt, "asAt");
    Objects.requireNonNull(summary, "summary");
    timeline = List.copyOf(timeline);
    caseHolders = List.copyOf(caseHolders);
  }

  /** The first day of the 12 months: the day after the date a year before {@link #asAt}. */
  public LocalDate twelveMonthsFrom() {
    return asAt.minusYears(1).plusDays(1);
  }

  /**
   * Changes of social worker in those 12 months: the different workers less one (a worker who held
   * the case twice counts once, as in the indicator); 0 when no worker held it.
   */
  public int changesIn12Months() {
    return Math.max(workersIn12Months - 1, 0);
  }
}
