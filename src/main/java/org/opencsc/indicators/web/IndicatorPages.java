package org.opencsc.indicators.web;

import java.util.List;
import java.util.Optional;
import org.opencsc.council.CouncilStructureService;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.ServedFigures;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What the indicator pages share: the served snapshot, the indicator and unit an address names (a
 * GOV.UK 404 when it names none), and the breadcrumbs back up.
 */
@Component
class IndicatorPages {

  private final CouncilStructureService council;
  private final IndicatorService indicators;
  private final ServedFigures figures;

  IndicatorPages(
      CouncilStructureService council, IndicatorService indicators, ServedFigures figures) {
    this.council = council;
    this.indicators = indicators;
    this.figures = figures;
  }

  Optional<ServedSnapshot> served() {
    return council.servedSnapshot();
  }

  ServedSnapshot required() {
    return served().orElseThrow(() -> new NotFoundException("no data loaded"));
  }

  Indicator indicator(String id) {
    return indicators.indicator(id).orElseThrow(() -> new NotFoundException("indicator " + id));
  }

  static Level level(String id) {
    try {
      return Level.of(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("level " + id);
    }
  }

  /** The indicator's figures at every level, in page order. */
  List<IndicatorValue> everyLevel(ServedSnapshot snapshot, String id) {
    return figures.atEveryLevel(snapshot, id);
  }

  /** The named unit's figure; 404 when the indicator has no figure for such a unit. */
  IndicatorValue unit(ServedSnapshot snapshot, String id, Level level, String unitId) {
    return everyLevel(snapshot, id).stream()
        .filter(v -> v.level().equals(level.id()) && v.unitId().equals(unitId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(level.id() + " " + unitId));
  }

  static List<Breadcrumb> toIndicator(Indicator indicator) {
    return List.of(
        Breadcrumb.message("overview.title", "/"),
        Breadcrumb.text(indicator.title(), "/indicators/" + UnitRow.segment(indicator.id())));
  }

  static List<Breadcrumb> toUnit(Indicator indicator, IndicatorValue unit) {
    if (unit.level().equals(Level.COUNCIL.id())) {
      return toIndicator(indicator);
    }
    return List.of(
        Breadcrumb.message("overview.title", "/"),
        Breadcrumb.text(indicator.title(), "/indicators/" + UnitRow.segment(indicator.id())),
        Breadcrumb.text(unit.unitName(), UnitRow.of(indicator, unit).href()));
  }
}
