package org.opencsc.drilldown;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A worker who held the child's case (one allocation): their team, from when to when (end null
 * while it is open; the allocation covers the days before the end date), and why it ended (SSD
 * invo_worker_change_reason / SSDA903 SW_REASON code, when recorded).
 */
public record CaseHolder(
    String allocationId,
    String workerId,
    String workerName,
    String teamId,
    String teamName,
    LocalDate startDate,
    @Nullable LocalDate endDate,
    @Nullable String changeReason) {

  public CaseHolder {
    Objects.requireNonNull(allocationId, "allocationId");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(workerName, "workerName");
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(teamName, "teamName");
    Objects.requireNonNull(startDate, "startDate");
  }
}
