package org.opencsc.indicators.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorTargets;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Rag;
import org.opencsc.indicators.ServedFigures;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One service area's, team's or worker's indicators: every indicator's figure for the unit beside
 * the council's, with its RAG against the target, each linking to the unit's page for that
 * indicator. The service area, team and worker pages link here. Figures only, so every login may
 * open it.
 */
@Controller
class UnitIndicatorsController {

  private final IndicatorPages pages;
  private final ServedFigures figures;
  private final IndicatorTargets targets;

  UnitIndicatorsController(IndicatorPages pages, ServedFigures figures, IndicatorTargets targets) {
    this.pages = pages;
    this.figures = figures;
    this.targets = targets;
  }

  /** One indicator's line: the unit's figure and the council's, formatted, and the RAG. */
  record Line(Indicator indicator, UnitRow unit, String council, Rag rag, String ragClass) {}

  @GetMapping("/indicators/units/{level}/{unitId}")
  String unitIndicators(@PathVariable String level, @PathVariable String unitId, Model model) {
    Level at = unitLevel(level);
    Optional<ServedSnapshot> served = pages.served();
    if (served.isEmpty()) {
      return OverviewController.NO_SNAPSHOT;
    }
    ServedSnapshot snapshot = served.get();
    List<Line> lines = lines(snapshot, at, unitId);
    model.addAttribute("asAt", snapshot.asAt());
    model.addAttribute("periodStart", ServedFigures.period(snapshot).start());
    model.addAttribute("level", at.id());
    model.addAttribute("unitName", lines.get(0).unit().figure().unitName());
    model.addAttribute("lines", lines);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.message("overview.title", "/")));
    model.addAttribute("href", "/indicators/units/" + at.id() + "/" + UnitRow.segment(unitId));
    return "indicators/unit-indicators";
  }

  @GetMapping(path = "/indicators/units/{level}/{unitId}", params = "format")
  ResponseEntity<byte[]> download(
      @PathVariable String level, @PathVariable String unitId, @RequestParam String format) {
    Level at = unitLevel(level);
    ServedSnapshot snapshot = pages.required();
    List<Line> lines = lines(snapshot, at, unitId);
    DownloadTable table =
        new DownloadTable(lines.get(0).unit().figure().unitName())
            .text("Indicator id")
            .text("Indicator")
            .decimal("Numerator")
            .decimal("Denominator")
            .decimal("This unit")
            .text("Unit of measure")
            .text("Council")
            .text("Against target");
    for (Line line : lines) {
      IndicatorValue v = line.unit().figure();
      table.row(
          v.indicator(),
          line.indicator().title(),
          v.numerator(),
          v.denominator(),
          v.value(),
          v.unitOfMeasure(),
          line.council(),
          line.rag().id());
    }
    return Downloads.of(
        format, table, "indicators-" + at.id() + "-" + unitId + "-" + snapshot.asAt());
  }

  /** The unit's lines; 404 when no indicator has a figure for such a unit. */
  private List<Line> lines(ServedSnapshot snapshot, Level level, String unitId) {
    List<IndicatorValue> unit = figures.ofUnit(snapshot, level, unitId);
    if (unit.isEmpty()) {
      throw new NotFoundException(level.id() + " " + unitId);
    }
    Map<String, IndicatorValue> council =
        figures.council(snapshot, unit.stream().map(IndicatorValue::indicator).toList());
    List<Line> lines = new ArrayList<>();
    for (IndicatorValue figure : unit) {
      Indicator indicator = pages.indicator(figure.indicator());
      IndicatorValue whole = council.get(figure.indicator());
      @Nullable BigDecimal councilValue = whole == null ? null : whole.value();
      Rag rag = targets.rag(indicator, figure.value());
      lines.add(
          new Line(
              indicator,
              UnitRow.of(indicator, figure),
              Figures.value(councilValue, indicator.unit()),
              rag,
              IndicatorFormats.ragClass(rag)));
    }
    return lines;
  }

  private static Level unitLevel(String id) {
    Level level = IndicatorPages.level(id);
    if (level == Level.COUNCIL) {
      // the council's own figures are the overview's and the indicator pages'
      throw new NotFoundException("level " + id);
    }
    return level;
  }
}
