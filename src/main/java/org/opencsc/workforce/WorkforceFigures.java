package org.opencsc.workforce;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;

/**
 * One row of the workforce page: a team's (or the council's) workforce indicators, each the
 * indicator engine's figure, null where the unit has no row for it.
 *
 * @param unitId a team id, {@code council}, or {@code unallocated} for workers in no team
 * @param bandCounts case-holding workers in each of {@link WorkforceReport#bands()}, in order
 * @param caseload children per FTE case-holding worker (caseload_per_worker)
 * @param overThreshold case-holding workers over the caseload threshold
 *     (workers_over_caseload_threshold)
 * @param agency agency workers' share of FTE (agency_worker_rate)
 * @param vacancy vacancy rate (vacancy_rate): the council's only, vacancies belong to no team
 * @param turnover turnover rate (turnover_rate)
 * @param supervision case-holding workers supervised on time (supervisions_on_time)
 */
public record WorkforceFigures(
    String unitId,
    String unitName,
    List<Long> bandCounts,
    @Nullable IndicatorValue caseload,
    @Nullable IndicatorValue overThreshold,
    @Nullable IndicatorValue agency,
    @Nullable IndicatorValue vacancy,
    @Nullable IndicatorValue turnover,
    @Nullable IndicatorValue supervision) {

  public WorkforceFigures {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(unitName, "unitName");
    bandCounts = List.copyOf(bandCounts);
  }

  /** A team of the council (not the council, nor the workers in no team). */
  public boolean isTeam() {
    return !unitId.equals(WorkforceService.COUNCIL) && !unitId.equals(IndicatorService.UNALLOCATED);
  }

  /** Case-holding workers: the sum of the band counts. */
  public long caseHolders() {
    return bandCounts.stream().mapToLong(Long::longValue).sum();
  }
}
