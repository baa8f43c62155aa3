package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row behind an indicator's figure: a child's record (a referral, an assessment, a plan) or a
 * worker's, with the dates that decided it and the worker, team and service area it counts for
 * (null when it counts for no worker: unallocated).
 *
 * @param childId the child (null for a row about a worker)
 * @param recordId the record: a referral, assessment, plan or episode id, or a worker id
 * @param eventDate the date the row is about (the attribution date for "worker at the event")
 * @param startDate the record's start (a referral's date, an assessment's start)
 * @param endDate the record's end when it has one
 * @param detail what decided it, in words ("authorised after 52 working days")
 * @param numerator what the row adds to the numerator (1 or 0 for most indicators)
 * @param denominator what the row adds to the denominator
 */
public record FactRow(
    @JsonProperty("child_id") @Nullable String childId,
    @JsonProperty("record_id") String recordId,
    @JsonProperty("event_date") LocalDate eventDate,
    @JsonProperty("start_date") @Nullable LocalDate startDate,
    @JsonProperty("end_date") @Nullable LocalDate endDate,
    @Nullable String detail,
    BigDecimal numerator,
    BigDecimal denominator,
    @JsonProperty("worker_id") @Nullable String workerId,
    @JsonProperty("worker_name") @Nullable String workerName,
    @JsonProperty("team_id") @Nullable String teamId,
    @JsonProperty("team_name") @Nullable String teamName,
    @JsonProperty("service_area_id") @Nullable String serviceAreaId,
    @JsonProperty("service_area_name") @Nullable String serviceAreaName) {

  public FactRow {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(eventDate, "eventDate");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
  }

  public boolean inNumerator() {
    return numerator.signum() != 0;
  }

  public boolean inDenominator() {
    return denominator.signum() != 0;
  }
}
