package org.opencsc.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Attribution;
import org.opencsc.indicators.FactRow;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.NoDataException;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.RowPage;
import org.opencsc.indicators.Side;
import org.opencsc.indicators.TrendPoint;
import org.opencsc.security.AccessLog;
import org.opencsc.security.ChildAccess;
import org.opencsc.security.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a council's Power BI or Excel calls: the catalogue, every indicator's figures at a level,
 * one indicator's, and the rows behind one unit's figure. Dates are {@code yyyy-mm-dd}; without
 * {@code as-at} the served snapshot's date is used, without {@code from} the twelve months to it.
 */
@RestController
@RequestMapping(path = "/api/indicators", produces = "application/json")
@Tag(name = "Indicators", description = "The national indicator set, drillable to the children")
class IndicatorApiController {

  /** Rows a page of children holds unless the caller asks for fewer or more. */
  static final int DEFAULT_LIMIT = 1000;

  /** The most rows one page may hold. */
  static final int MAX_LIMIT = 10_000;

  private final IndicatorService indicators;
  private final IndicatorHistory history;
  private final ChildAccess childAccess;
  private final AccessLog accessLog;

  IndicatorApiController(
      IndicatorService indicators,
      IndicatorHistory history,
      ChildAccess childAccess,
      AccessLog accessLog) {
    this.indicators = indicators;
    this.history = history;
    this.childAccess = childAccess;
    this.accessLog = accessLog;
  }

  @GetMapping
  @Operation(summary = "Every indicator: definition, unit, polarity, source")
  List<Indicator> catalogue() {
    return indicators.indicators();
  }

  @GetMapping("/values")
  @Operation(summary = "Every indicator's figures for every unit at one level")
  List<IndicatorValue> values(
      @RequestParam(name = "as-at", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asAt,
      @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @Parameter(description = "council, service-area, team or worker")
          @RequestParam(defaultValue = "council")
          String level,
      @Parameter(description = "event (worker at the event) or current (worker now)")
          @RequestParam(defaultValue = "event")
          String attribution) {
    return indicators.values(period(asAt, from, attribution), Level.of(level));
  }

  @GetMapping("/{id}/values")
  @Operation(summary = "One indicator's figures for every unit at one level")
  List<IndicatorValue> indicatorValues(
      @PathVariable String id,
      @RequestParam(name = "as-at", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asAt,
      @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(defaultValue = "council") String level,
      @RequestParam(defaultValue = "event") String attribution) {
    known(id);
    return indicators.values(period(asAt, from, attribution), Level.of(level), id);
  }

  @GetMapping("/{id}/rows")
  @Operation(
      summary = "The children (or workers) behind one unit's figure, a page at a time",
      description =
          "unit is 'council' at council level, else a service area, team or worker id, or"
              + " 'unallocated'; side is numerator, denominator or all. Rows come in list order"
              + " (event date, child, record), at most `limit` of them after the first `offset`;"
              + " the X-Total-Count header gives the whole list's length and a Link header"
              + " (rel=\"next\") the next page's address while rows remain. Only the children the"
              + " login may see are listed (a social worker's, a team's, a service area's; every"
              + " child for a director or analyst); an improvement board member is refused (403)."
              + " Each answer is written to the access log.")
  ResponseEntity<List<FactRow>> rows(
      @PathVariable String id,
      @RequestParam(name = "as-at", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asAt,
      @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(defaultValue = "council") String level,
      @RequestParam(defaultValue = "council") String unit,
      @RequestParam(defaultValue = "numerator") String side,
      @RequestParam(defaultValue = "event") String attribution,
      @Parameter(description = "rows to skip, 0 or more") @RequestParam(defaultValue = "0")
          long offset,
      @Parameter(description = "rows to return, 1 to " + MAX_LIMIT)
          @RequestParam(defaultValue = "" + DEFAULT_LIMIT)
          int limit) {
    known(id);
    if (limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit can be at most " + MAX_LIMIT + ", not " + limit);
    }
    Level at = Level.of(level);
    Side listed = Side.of(side);
    String list = IndicatorRowsController.description(id, at, unit, listed) + " (API)";
    Scope scope = childAccess.requireChildLevel(list);
    RowPage page =
        indicators.rows(
            period(asAt, from, attribution), id, at, unit, listed, scope, offset, limit);
    accessLog.viewedList(list, page.total());
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok().header("X-Total-Count", Long.toString(page.total()));
    if (page.hasMore()) {
      String next =
          ServletUriComponentsBuilder.fromCurrentRequest()
              .replaceQueryParam("offset", offset + page.rows().size())
              .replaceQueryParam("limit", limit)
              .build()
              .toUriString();
      response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
    }
    return response.body(page.rows());
  }

  @GetMapping("/{id}/trend")
  @Operation(
      summary = "One unit's recorded figures, oldest first",
      description =
          "every month end (kind month-end, the default) or every nightly snapshot (nightly),"
              + " each over the twelve months to its date, worker at the event")
  List<TrendPoint> trend(
      @PathVariable String id,
      @RequestParam(defaultValue = "council") String level,
      @RequestParam(defaultValue = "council") String unit,
      @RequestParam(defaultValue = "month-end") String kind) {
    known(id);
    if (!kind.equals("month-end") && !kind.equals("nightly")) {
      throw new IllegalArgumentException("kind must be month-end or nightly, not '" + kind + "'");
    }
    return history.trend(id, Level.of(level), unit, kind.equals("month-end"));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(NoDataException.class)
  ProblemDetail noData(NoDataException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  private Period period(@Nullable LocalDate asAt, @Nullable LocalDate from, String attribution) {
    return indicators.period(asAt, from, Attribution.of(attribution));
  }

  private void known(String id) {
    if (indicators.indicator(id).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no indicator '" + id + "'");
    }
  }
}
