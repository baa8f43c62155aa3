package org.opencsc.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.Attribution;
import org.opencsc.indicators.Benchmark;
import org.opencsc.indicators.Benchmarks;
import org.opencsc.indicators.Comparison;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorTargets;
import org.opencsc.indicators.NoDataException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The council's figures beside its targets and England's, its region's and its statistical
 * neighbours' (read-only; administrators set targets on the targets page). Dates are {@code
 * yyyy-mm-dd}; without {@code as-at} the served snapshot's date is used, without {@code from} the
 * twelve months to it.
 */
@RestController
@RequestMapping(path = "/api/indicators", produces = "application/json")
@Tag(name = "Targets and benchmarks", description = "Targets, RAG and published comparisons")
class ComparisonApiController {

  private final IndicatorService indicators;
  private final IndicatorTargets targets;
  private final Benchmarks benchmarks;

  ComparisonApiController(
      IndicatorService indicators, IndicatorTargets targets, Benchmarks benchmarks) {
    this.indicators = indicators;
    this.targets = targets;
    this.benchmarks = benchmarks;
  }

  @GetMapping("/comparison")
  @Operation(
      summary = "Every indicator's council figure beside its target, RAG and benchmarks",
      description =
          "rag is green, amber, red or none (no target, no value, or neither direction better);"
              + " each benchmark's difference is the council's value minus it, null for counts")
  List<Comparison> comparison(
      @RequestParam(name = "as-at", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate asAt,
      @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from) {
    return benchmarks.comparisons(indicators.period(asAt, from, Attribution.EVENT));
  }

  @GetMapping("/{id}/target")
  @Operation(summary = "One indicator's target and amber tolerance (null when none is set)")
  TargetResponse target(@PathVariable String id) {
    Indicator indicator = known(id);
    return targets
        .target(id)
        .map(t -> TargetResponse.of(indicator, t))
        .orElseGet(() -> TargetResponse.none(indicator));
  }

  @GetMapping("/{id}/benchmarks")
  @Operation(summary = "One indicator's published England, regional and neighbour figures")
  List<Benchmark> benchmarks(@PathVariable String id) {
    known(id);
    return benchmarks.of(id);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(NoDataException.class)
  ProblemDetail noData(NoDataException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  private Indicator known(String id) {
    return indicators
        .indicator(id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no indicator '" + id + "'"));
  }
}
