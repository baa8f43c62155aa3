package org.opencsc.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.LocalStandards;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.Side;
import org.springframework.stereotype.Service;

/**
 * The workforce figures of the served snapshot over the twelve months to its date (the indicator
 * pages' default period), by team and for the council: each one an indicator's value from {@link
 * IndicatorService#valuesAtEveryLevel}, so that they are the indicator pages' own; the caseload
 * bands are counted from the rows behind caseload_per_worker (one per case-holding worker, with the
 * children they hold and their FTE, attributed to a team as the engine attributes them).
 */
@Service
public class WorkforceService {

  public static final String COUNCIL = "council";

  static final String CASELOAD = "caseload_per_worker";
  static final String OVER_THRESHOLD = "workers_over_caseload_threshold";
  static final String AGENCY = "agency_worker_rate";
  static final String VACANCY = "vacancy_rate";
  static final String TURNOVER = "turnover_rate";
  static final String SUPERVISION = "supervisions_on_time";

  /** The bands below the threshold are this many children per FTE wide. */
  static final int BAND_WIDTH = 5;

  private final IndicatorService indicators;
  private final CouncilStructureService council;
  private final LocalStandards standards;

  WorkforceService(
      IndicatorService indicators, CouncilStructureService council, LocalStandards standards) {
    this.indicators = indicators;
    this.council = council;
    this.standards = standards;
  }

  /** The figures, or empty when nothing has been loaded yet. */
  public Optional<WorkforceReport> report() {
    return council.servedSnapshot().map(this::report);
  }

  private WorkforceReport report(ServedSnapshot snapshot) {
    Period period = Period.yearTo(snapshot.asAt());
    List<CaseloadBand> bands = bands(standards.caseloadThreshold());
    Map<String, Map<String, IndicatorValue>> byUnit = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (String id : List.of(CASELOAD, OVER_THRESHOLD, AGENCY, VACANCY, TURNOVER, SUPERVISION)) {
      for (IndicatorValue v : indicators.valuesAtEveryLevel(period, id)) {
        if (v.level().equals(Level.COUNCIL.id()) || v.level().equals(Level.TEAM.id())) {
          byUnit.computeIfAbsent(v.unitId(), u -> new HashMap<>()).put(id, v);
          names.putIfAbsent(v.unitId(), v.unitName());
        }
      }
    }
    Map<String, long[]> counts = bandCounts(period, bands);
    List<WorkforceFigures> teams = new ArrayList<>();
    for (Map.Entry<String, Map<String, IndicatorValue>> unit : byUnit.entrySet()) {
      String unitId = unit.getKey();
      if (unitId.equals(COUNCIL) || onlyVacancies(unitId, unit.getValue())) {
        continue;
      }
      teams.add(figures(unitId, names.get(unitId), unit.getValue(), counts, bands));
    }
    teams.sort(
        Comparator.comparing((WorkforceFigures f) -> !f.isTeam())
            .thenComparing(WorkforceFigures::unitName)
            .thenComparing(WorkforceFigures::unitId));
    Map<String, IndicatorValue> whole = byUnit.getOrDefault(COUNCIL, Map.of());
    String councilName = names.getOrDefault(COUNCIL, COUNCIL);
    return new WorkforceReport(
        period,
        standards.caseloadThreshold(),
        bands,
        teams,
        figures(COUNCIL, councilName, whole, counts, bands));
  }

  /**
   * The bands: {@value #BAND_WIDTH} children per FTE wide up to the threshold (the last one ends at
   * it), then one band over it.
   */
  static List<CaseloadBand> bands(int threshold) {
    List<CaseloadBand> bands = new ArrayList<>();
    int from = 0;
    while (from < threshold) {
      int to = Math.min(from + BAND_WIDTH, threshold);
      bands.add(new CaseloadBand(BigDecimal.valueOf(from), BigDecimal.valueOf(to)));
      from = to;
    }
    bands.add(new CaseloadBand(BigDecimal.valueOf(threshold), null));
    return bands;
  }

  /** Case-holding workers by band, for each team (by the engine's attribution) and the council. */
  private Map<String, long[]> bandCounts(Period period, List<CaseloadBand> bands) {
    Map<String, long[]> counts = new HashMap<>();
    for (FactRow row : indicators.rows(period, CASELOAD, Level.COUNCIL, COUNCIL, Side.ALL)) {
      String team = row.teamId() == null ? IndicatorService.UNALLOCATED : row.teamId();
      for (int b = 0; b < bands.size(); b++) {
        if (bands.get(b).holds(row.numerator(), row.denominator())) {
          counts.computeIfAbsent(team, t -> new long[bands.size()])[b]++;
          counts.computeIfAbsent(COUNCIL, t -> new long[bands.size()])[b]++;
          break;
        }
      }
    }
    return counts;
  }

  /**
   * True for the "No team" unit when vacancies are all it has: the council's vacancies belong to no
   * team, and a row of 100% vacant would mislead.
   */
  private static boolean onlyVacancies(String unitId, Map<String, IndicatorValue> values) {
    return unitId.equals(IndicatorService.UNALLOCATED) && values.keySet().equals(Set.of(VACANCY));
  }

  private static WorkforceFigures figures(
      String unitId,
      String unitName,
      Map<String, IndicatorValue> values,
      Map<String, long[]> counts,
      List<CaseloadBand> bands) {
    long[] bandCounts = counts.getOrDefault(unitId, new long[bands.size()]);
    return new WorkforceFigures(
        unitId,
        unitName,
        Arrays.stream(bandCounts).boxed().toList(),
        values.get(CASELOAD),
        values.get(OVER_THRESHOLD),
        values.get(AGENCY),
        unitId.equals(COUNCIL) ? values.get(VACANCY) : null,
        values.get(TURNOVER),
        values.get(SUPERVISION));
  }
}
