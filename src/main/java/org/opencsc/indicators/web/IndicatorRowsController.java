package org.opencsc.indicators.web;

import java.util.List;
import java.util.Optional;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.RowPage;
import org.opencsc.indicators.ServedFigures;
import org.opencsc.indicators.Side;
import org.opencsc.security.AccessLog;
import org.opencsc.security.ChildAccess;
import org.opencsc.security.Scope;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.NotFoundException;
import org.opencsc.web.Pagination;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The children (or workers) behind one unit's numerator or denominator, a page at a time, and the
 * whole list as CSV or Excel. The query keeps to the login's children (its scope is bound into it),
 * an improvement board member is refused with 403, and every view and download is written to the
 * access log with the list it was.
 */
@Controller
class IndicatorRowsController {

  static final int PAGE_SIZE = 50;

  private final IndicatorPages pages;
  private final IndicatorService indicators;
  private final ChildAccess childAccess;
  private final AccessLog accessLog;

  IndicatorRowsController(
      IndicatorPages pages,
      IndicatorService indicators,
      ChildAccess childAccess,
      AccessLog accessLog) {
    this.pages = pages;
    this.indicators = indicators;
    this.childAccess = childAccess;
    this.accessLog = accessLog;
  }

  @GetMapping("/indicators/{id}/rows/{level}/{unitId}/{side}")
  String rows(
      @PathVariable String id,
      @PathVariable String level,
      @PathVariable String unitId,
      @PathVariable String side,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    Indicator indicator = pages.indicator(id);
    Level at = IndicatorPages.level(level);
    Side listed = side(side);
    String list = description(id, at, unitId, listed);
    Scope scope = childAccess.requireChildLevel(list);
    Optional<ServedSnapshot> served = pages.served();
    if (served.isEmpty()) {
      return OverviewController.NO_SNAPSHOT;
    }
    ServedSnapshot snapshot = served.get();
    IndicatorValue unit = pages.unit(snapshot, id, at, unitId);
    String href = UnitRow.rowsHref(id, at.id(), unitId, listed);
    RowPage rows = page(snapshot, id, at, unitId, listed, scope, Math.max(1, page));
    Pagination pagination = Pagination.of(page, PAGE_SIZE, rows.total(), href);
    if (pagination.offset() != rows.offset()) { // asked past the end: show the last page
      rows = page(snapshot, id, at, unitId, listed, scope, pagination.page());
    }
    accessLog.viewedList(list, rows.total());
    model.addAttribute("asAt", snapshot.asAt());
    model.addAttribute("periodStart", ServedFigures.period(snapshot).start());
    model.addAttribute("indicator", indicator);
    model.addAttribute("unit", UnitRow.of(indicator, unit));
    model.addAttribute("side", listed.id());
    model.addAttribute("rows", rows.rows());
    model.addAttribute("pagination", pagination);
    model.addAttribute("seesAll", scope.seesAll());
    model.addAttribute("href", href);
    model.addAttribute("breadcrumbs", IndicatorPages.toUnit(indicator, unit));
    return "indicators/rows";
  }

  @GetMapping(path = "/indicators/{id}/rows/{level}/{unitId}/{side}", params = "format")
  ResponseEntity<byte[]> download(
      @PathVariable String id,
      @PathVariable String level,
      @PathVariable String unitId,
      @PathVariable String side,
      @RequestParam String format) {
    pages.indicator(id);
    Level at = IndicatorPages.level(level);
    Side listed = side(side);
    String list = description(id, at, unitId, listed);
    Scope scope = childAccess.requireChildLevel(list);
    ServedSnapshot snapshot = pages.required();
    pages.unit(snapshot, id, at, unitId);
    List<FactRow> rows =
        indicators.rows(ServedFigures.period(snapshot), id, at, unitId, listed, scope);
    ResponseEntity<byte[]> download =
        Downloads.of(format, table(rows), id + "-" + listed.id() + "-" + snapshot.asAt());
    accessLog.exported(list, rows.size());
    return download;
  }

  private RowPage page(
      ServedSnapshot snapshot,
      String id,
      Level level,
      String unitId,
      Side side,
      Scope scope,
      int page) {
    return indicators.rows(
        ServedFigures.period(snapshot),
        id,
        level,
        unitId,
        side,
        scope,
        (long) (page - 1) * PAGE_SIZE,
        PAGE_SIZE);
  }

  /** Only a numerator's or a denominator's rows have a page of their own. */
  private static Side side(String id) {
    if (id.equals(Side.NUMERATOR.id()) || id.equals(Side.DENOMINATOR.id())) {
      return Side.of(id);
    }
    throw new NotFoundException("side " + id);
  }

  /** What the access log says was listed: "indicator referrals, team T3, numerator". */
  static String description(String id, Level level, String unitId, Side side) {
    String unit = level == Level.COUNCIL ? "council" : level.id() + " " + unitId;
    return "indicator " + id + ", " + unit + ", " + side.id();
  }

  /** The page's columns in its order, with the figures and the ids it links between them. */
  static DownloadTable table(List<FactRow> rows) {
    DownloadTable table =
        new DownloadTable("Rows")
            .text("Child")
            .text("Record")
            .date("Date")
            .date("Start")
            .date("End")
            .text("Detail")
            .decimal("Numerator")
            .decimal("Denominator")
            .text("Worker id")
            .text("Worker")
            .text("Team id")
            .text("Team")
            .text("Service area id")
            .text("Service area");
    for (FactRow r : rows) {
      table.row(
          r.childId(),
          r.recordId(),
          r.eventDate(),
          r.startDate(),
          r.endDate(),
          r.detail(),
          r.numerator(),
          r.denominator(),
          r.workerId(),
          r.workerName(),
          r.teamId(),
          r.teamName(),
          r.serviceAreaId(),
          r.serviceAreaName());
    }
    return table;
  }
}
