package org.opencsc.workforce;

import java.util.List;
import java.util.Objects;
import org.opencsc.indicators.Period;

/**
 * The workforce page's figures for the served snapshot: the period they are for, the caseload
 * bands, each team's figures (by name; the workers in no team last) and the council's.
 */
public record WorkforceReport(
    Period period,
    int caseloadThreshold,
    List<CaseloadBand> bands,
    List<WorkforceFigures> teams,
    WorkforceFigures council) {

  public WorkforceReport {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(council, "council");
    bands = List.copyOf(bands);
    teams = List.copyOf(teams);
  }
}
