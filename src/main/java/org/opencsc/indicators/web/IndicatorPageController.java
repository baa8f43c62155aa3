package org.opencsc.indicators.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.Benchmarks;
import org.opencsc.indicators.Comparison;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.ServedFigures;
import org.opencsc.indicators.TrendChart;
import org.opencsc.indicators.TrendPoint;
import org.opencsc.indicators.UnitOfMeasure;
import org.opencsc.security.CurrentUser;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.Pagination;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One indicator: its definition, its council figure against target and benchmarks, its trend, and
 * its figures for every service area, team and worker (each downloadable); and one unit's page with
 * its own trend and the way to the rows behind it. Figures only: every login sees these pages, and
 * the links to the children appear only for a login that may see some.
 */
@Controller
class IndicatorPageController {

  static final int CHART_WIDTH = 600;
  static final int CHART_HEIGHT = 200;

  /** Workers shown a page of the worker breakdown (the download has them all). */
  static final int WORKERS_PAGE = 50;

  /** The levels an indicator page breaks its figure down by, in order. */
  static final List<Level> BREAKDOWN = List.of(Level.SERVICE_AREA, Level.TEAM, Level.WORKER);

  private final IndicatorPages pages;
  private final IndicatorHistory history;
  private final Benchmarks benchmarks;
  private final CurrentUser currentUser;
  private final MessageSource messages;

  IndicatorPageController(
      IndicatorPages pages,
      IndicatorHistory history,
      Benchmarks benchmarks,
      CurrentUser currentUser,
      MessageSource messages) {
    this.pages = pages;
    this.history = history;
    this.benchmarks = benchmarks;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @GetMapping("/indicators/{id}")
  String indicator(
      @PathVariable String id, @RequestParam(defaultValue = "1") int page, Model model) {
    Indicator indicator = pages.indicator(id);
    Optional<ServedSnapshot> served = pages.served();
    if (served.isEmpty()) {
      return OverviewController.NO_SNAPSHOT;
    }
    ServedSnapshot snapshot = served.get();
    List<IndicatorValue> figures = pages.everyLevel(snapshot, id);
    IndicatorValue council = at(figures, Level.COUNCIL).stream().findFirst().orElse(null);
    Comparison comparison =
        benchmarks.comparison(
            indicator, ServedFigures.period(snapshot), council == null ? null : council.value());
    common(model, snapshot, indicator);
    model.addAttribute("breadcrumbs", List.of(IndicatorPages.toIndicator(indicator).get(0)));
    model.addAttribute("council", council == null ? null : UnitRow.of(indicator, council));
    model.addAttribute("comparison", comparison);
    model.addAttribute("ragClass", IndicatorFormats.ragClass(comparison.rag()));
    model.addAttribute(
        "trend",
        TrendChart.of(trend(snapshot, id, Level.COUNCIL, "council"), CHART_WIDTH, CHART_HEIGHT));
    model.addAttribute("trendHref", "/indicators/" + UnitRow.segment(id) + "/trend");
    List<Breakdown> breakdowns = new ArrayList<>();
    for (Level level : BREAKDOWN) {
      List<UnitRow> units = at(figures, level).stream().map(v -> UnitRow.of(indicator, v)).toList();
      if (level == Level.WORKER) { // hundreds on a large council: a page at a time
        Pagination pagination =
            Pagination.of(page, WORKERS_PAGE, units.size(), "/indicators/" + UnitRow.segment(id));
        model.addAttribute("workerPagination", pagination);
        units =
            units.subList(
                (int) pagination.offset(),
                (int) Math.min(units.size(), pagination.offset() + WORKERS_PAGE));
      }
      breakdowns.add(new Breakdown(level.id(), units));
    }
    model.addAttribute("breakdowns", breakdowns);
    return "indicators/indicator";
  }

  @GetMapping(path = "/indicators/{id}", params = "format")
  ResponseEntity<byte[]> breakdown(
      @PathVariable String id,
      @RequestParam String format,
      @RequestParam(defaultValue = "team") String level) {
    Indicator indicator = pages.indicator(id);
    Level at = IndicatorPages.level(level);
    ServedSnapshot snapshot = pages.required();
    List<IndicatorValue> figures = at(pages.everyLevel(snapshot, id), at);
    return Downloads.of(
        format, table(indicator, at, figures), id + "-" + at.id() + "-" + snapshot.asAt());
  }

  @GetMapping("/indicators/{id}/units/{level}/{unitId}")
  String unit(
      @PathVariable String id,
      @PathVariable String level,
      @PathVariable String unitId,
      Model model) {
    Indicator indicator = pages.indicator(id);
    Level at = IndicatorPages.level(level);
    Optional<ServedSnapshot> served = pages.served();
    if (served.isEmpty()) {
      return OverviewController.NO_SNAPSHOT;
    }
    ServedSnapshot snapshot = served.get();
    IndicatorValue unit = pages.unit(snapshot, id, at, unitId);
    common(model, snapshot, indicator);
    model.addAttribute("breadcrumbs", IndicatorPages.toIndicator(indicator));
    model.addAttribute("unit", UnitRow.of(indicator, unit));
    model.addAttribute(
        "trend", TrendChart.of(trend(snapshot, id, at, unitId), CHART_WIDTH, CHART_HEIGHT));
    model.addAttribute("trendHref", UnitRow.of(indicator, unit).href() + "/trend");
    return "indicators/unit";
  }

  /** The indicator page's trend table: the council's recorded month ends. */
  @GetMapping(path = "/indicators/{id}/trend", params = "format")
  ResponseEntity<byte[]> trendDownload(@PathVariable String id, @RequestParam String format) {
    Indicator indicator = pages.indicator(id);
    ServedSnapshot snapshot = pages.required();
    return Downloads.of(
        format,
        trendTable(indicator, trend(snapshot, id, Level.COUNCIL, "council")),
        id + "-trend-" + snapshot.asAt());
  }

  /** A unit's page's trend table: the unit's recorded month ends. */
  @GetMapping(path = "/indicators/{id}/units/{level}/{unitId}/trend", params = "format")
  ResponseEntity<byte[]> unitTrendDownload(
      @PathVariable String id,
      @PathVariable String level,
      @PathVariable String unitId,
      @RequestParam String format) {
    Indicator indicator = pages.indicator(id);
    Level at = IndicatorPages.level(level);
    ServedSnapshot snapshot = pages.required();
    pages.unit(snapshot, id, at, unitId); // 404 for a unit the indicator has no figure for
    return Downloads.of(
        format,
        trendTable(indicator, trend(snapshot, id, at, unitId)),
        id + "-" + at.id() + "-" + unitId + "-trend-" + snapshot.asAt());
  }

  /** The indicator page's benchmarks table: England, the region, the statistical neighbours. */
  @GetMapping(path = "/indicators/{id}/benchmarks", params = "format")
  ResponseEntity<byte[]> benchmarksDownload(@PathVariable String id, @RequestParam String format) {
    Indicator indicator = pages.indicator(id);
    ServedSnapshot snapshot = pages.required();
    IndicatorValue council =
        at(pages.everyLevel(snapshot, id), Level.COUNCIL).stream().findFirst().orElse(null);
    Comparison comparison =
        benchmarks.comparison(
            indicator, ServedFigures.period(snapshot), council == null ? null : council.value());
    DownloadTable table =
        figureColumn(
            new DownloadTable(text("indicator.benchmarks"))
                .text(text("indicator.benchmark.area"))
                .text(text("indicator.benchmark.year")),
            indicator,
            text("indicator.benchmark.value"));
    figureColumn(table, indicator, text("indicator.benchmark.difference"))
        .text(text("indicator.benchmark.source"));
    for (String area : List.of("england", "region", "statistical-neighbours")) {
      Comparison.Compared c =
          switch (area) {
            case "england" -> comparison.england();
            case "region" -> comparison.region();
            default -> comparison.statisticalNeighbours();
          };
      if (c == null) { // the page says "not available": the row is there, its cells empty
        table.row(text("indicator.benchmark." + area), null, null, null, null);
      } else {
        table.row(
            c.areaName(),
            c.year(),
            figure(indicator, c.value()),
            figure(indicator, c.difference()),
            c.source());
      }
    }
    return Downloads.of(format, table, id + "-benchmarks-" + snapshot.asAt());
  }

  /** The recorded month ends of a unit's trend, up to the served snapshot's date. */
  private List<TrendPoint> trend(ServedSnapshot snapshot, String id, Level level, String unitId) {
    return history.trend(id, level, unitId, true).stream()
        .filter(p -> !p.asAt().isAfter(snapshot.asAt()))
        .toList();
  }

  /** The trend table (templates/indicators/chart.html) with its headings and typed cells. */
  private DownloadTable trendTable(Indicator indicator, List<TrendPoint> points) {
    DownloadTable table =
        figureColumn(
            new DownloadTable(text("indicator.trend"))
                .date(text("indicator.chart.as-at"))
                .decimal(text("indicator.chart.numerator"))
                .decimal(text("indicator.chart.denominator")),
            indicator,
            text("indicator.chart.value"));
    for (TrendPoint p : points) {
      table.row(p.asAt(), p.numerator(), p.denominator(), figure(indicator, p.value()));
    }
    return table;
  }

  /**
   * A column of the indicator's figures: a percentage column for a percentage (Excel shows 22.6%),
   * a number column for a count, a rate or a mean.
   */
  private static DownloadTable figureColumn(
      DownloadTable table, Indicator indicator, String heading) {
    return indicator.unit() == UnitOfMeasure.PERCENT
        ? table.percent(heading)
        : table.decimal(heading);
  }

  /** A figure in its column's terms: a percentage as its share (22.6 is 0.226). */
  private static @Nullable BigDecimal figure(Indicator indicator, @Nullable BigDecimal value) {
    if (value == null || indicator.unit() != UnitOfMeasure.PERCENT) {
      return value;
    }
    return value.movePointLeft(2);
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private void common(Model model, ServedSnapshot snapshot, Indicator indicator) {
    model.addAttribute("asAt", snapshot.asAt());
    model.addAttribute("periodStart", ServedFigures.period(snapshot).start());
    model.addAttribute("indicator", indicator);
    model.addAttribute("hasDenominator", hasDenominator(indicator));
    model.addAttribute("seesChildren", currentUser.scope().seesChildren());
  }

  /** A count has no denominator, a rate's is the child population: neither lists rows. */
  static boolean hasDenominator(Indicator indicator) {
    return indicator.unit() == UnitOfMeasure.PERCENT || indicator.unit() == UnitOfMeasure.MEAN;
  }

  private static List<IndicatorValue> at(List<IndicatorValue> figures, Level level) {
    return figures.stream().filter(v -> v.level().equals(level.id())).toList();
  }

  static DownloadTable table(Indicator indicator, Level level, List<IndicatorValue> figures) {
    DownloadTable table =
        new DownloadTable(indicator.id() + " " + level.id())
            .text("Indicator id")
            .text("Level")
            .text("Unit id")
            .text("Unit")
            .decimal("Numerator")
            .decimal("Denominator")
            .decimal("Figure")
            .text("Unit of measure")
            .date("As at")
            .date("Period start");
    for (IndicatorValue v : figures) {
      table.row(
          v.indicator(),
          v.level(),
          v.unitId(),
          v.unitName(),
          v.numerator(),
          v.denominator(),
          v.value(),
          v.unitOfMeasure(),
          v.asAt(),
          v.periodStart());
    }
    return table;
  }

  /** One breakdown table: a level's units. */
  record Breakdown(String level, List<UnitRow> units) {}
}
