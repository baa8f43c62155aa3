package org.opencsc.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencsc.council.ServedSnapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The served snapshot's figures for its default period (the twelve months to its date, worker at
 * the event) as pages show them: read from the indicator history when the snapshot's own date has
 * been recorded from it, which is one indexed read, and worked out only for an indicator not
 * recorded yet (the first minutes after a load, or an indicator added since). So the overview does
 * not recompute the whole set on every request.
 */
@Service
@Transactional(readOnly = true)
public class ServedFigures {

  private final IndicatorService indicators;
  private final IndicatorHistory history;

  ServedFigures(IndicatorService indicators, IndicatorHistory history) {
    this.indicators = indicators;
    this.history = history;
  }

  /** The period the pages show: the twelve months to the snapshot's date, worker at the event. */
  public static Period period(ServedSnapshot snapshot) {
    return Period.yearTo(snapshot.asAt());
  }

  /** Each indicator's council figure, by indicator id in the order asked for. */
  public Map<String, IndicatorValue> council(ServedSnapshot snapshot, List<String> ids) {
    Map<String, IndicatorValue> recorded = new LinkedHashMap<>();
    history
        .recorded(snapshot, ids, Level.COUNCIL)
        .forEach(v -> recorded.putIfAbsent(v.indicator(), v));
    Map<String, IndicatorValue> figures = new LinkedHashMap<>();
    for (String id : ids) {
      IndicatorValue value = recorded.get(id);
      if (value == null) {
        value =
            indicators.values(period(snapshot), Level.COUNCIL, id).stream()
                .findFirst()
                .orElse(null);
      }
      if (value != null) {
        figures.put(id, value);
      }
    }
    return figures;
  }

  /** One indicator's figures for the council and every unit below it, in page order. */
  public List<IndicatorValue> atEveryLevel(ServedSnapshot snapshot, String id) {
    List<IndicatorValue> recorded = history.recorded(snapshot, List.of(id), null);
    if (!recorded.isEmpty()) {
      return recorded;
    }
    return indicators.valuesAtEveryLevel(period(snapshot), id);
  }

  /**
   * Every indicator's figure for one unit (a service area, team or worker), in catalogue order; an
   * indicator with no figure for the unit (no rows for it) is left out. Read from the history when
   * the snapshot's date is recorded; otherwise each indicator is worked out at that level.
   */
  public List<IndicatorValue> ofUnit(ServedSnapshot snapshot, Level level, String unitId) {
    List<String> ids = indicators.indicators().stream().map(Indicator::id).toList();
    Map<String, IndicatorValue> recorded = new LinkedHashMap<>();
    history.recorded(snapshot, ids, level).stream()
        .filter(v -> v.unitId().equals(unitId))
        .forEach(v -> recorded.putIfAbsent(v.indicator(), v));
    // recorded: a missing figure means the unit has no rows for that indicator
    boolean fromHistory = history.recorded(snapshot);
    List<IndicatorValue> figures = new ArrayList<>();
    for (String id : ids) {
      IndicatorValue value = recorded.get(id);
      if (value == null && !fromHistory) {
        value =
            indicators.values(period(snapshot), level, id).stream()
                .filter(v -> v.unitId().equals(unitId))
                .findFirst()
                .orElse(null);
      }
      if (value != null) {
        figures.add(value);
      }
    }
    return figures;
  }

  /** The ids of the indicators among {@code ids} that exist, in order, once each. */
  public List<String> known(List<String> ids) {
    Set<String> kept = new LinkedHashSet<>();
    for (String id : ids) {
      if (indicators.indicator(id).isPresent()) {
        kept.add(id);
      }
    }
    return new ArrayList<>(kept);
  }
}
