package org.opencsc.workforce.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.web.DownloadTable;
import org.opencsc.web.Downloads;
import org.opencsc.web.NotFoundException;
import org.opencsc.workforce.CaseloadBand;
import org.opencsc.workforce.WorkforceFigures;
import org.opencsc.workforce.WorkforceReport;
import org.opencsc.workforce.WorkforceService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workforce page: caseloads by team (case-holding workers by caseload band, the mean caseload,
 * the share over the threshold) and staffing by team (agency share, vacancies, turnover,
 * supervision on time), each with the council's total, and their CSV and Excel downloads. Figures
 * only: every role may see it, the improvement board too.
 */
@Controller
class WorkforceController {

  static final String PAGE = "/workforce";

  private final WorkforceService workforce;
  private final MessageSource messages;

  WorkforceController(WorkforceService workforce, MessageSource messages) {
    this.workforce = workforce;
    this.messages = messages;
  }

  @GetMapping(PAGE)
  String page(Model model) {
    return workforce
        .report()
        .map(
            report -> {
              model.addAttribute("asAt", report.period().asAt());
              List<String> bandLabels = report.bands().stream().map(this::bandLabel).toList();
              model.addAttribute("report", report);
              model.addAttribute("rows", rows(report));
              model.addAttribute("bandLabels", bandLabels);
              model.addAttribute("chart", CaseloadChart.of(report, bandLabels));
              return "workforce/workforce";
            })
        .orElse("council/no-snapshot");
  }

  @GetMapping(path = PAGE, params = "format")
  ResponseEntity<byte[]> caseloads(@RequestParam String format) {
    WorkforceReport report = report();
    DownloadTable table =
        new DownloadTable(text("workforce.caseloads"))
            .text(text("workforce.team"))
            .text(text("workforce.team-id"))
            .integer(text("workforce.case-holders"))
            .integer(text("workforce.children"))
            .decimal(text("workforce.fte"))
            .decimal(text("workforce.mean-caseload"));
    for (CaseloadBand band : report.bands()) {
      table.integer(bandLabel(band));
    }
    table
        .integer(text("workforce.over-threshold.workers"))
        .percent(text("workforce.over-threshold"));
    for (WorkforceFigures f : rows(report)) {
      Object[] row = new Object[8 + report.bands().size()];
      row[0] = f.unitName();
      row[1] = f.isTeam() ? f.unitId() : null;
      row[2] = f.caseHolders();
      row[3] = part(f.caseload(), IndicatorValue::numerator);
      row[4] = part(f.caseload(), IndicatorValue::denominator);
      row[5] = value(f.caseload());
      for (int b = 0; b < report.bands().size(); b++) {
        row[6 + b] = f.bandCounts().get(b);
      }
      row[6 + report.bands().size()] = part(f.overThreshold(), IndicatorValue::numerator);
      row[7 + report.bands().size()] = share(f.overThreshold());
      table.row(row);
    }
    return Downloads.of(format, table, "opencsc-workforce-caseloads-" + report.period().asAt());
  }

  @GetMapping(path = PAGE + "/staffing", params = "format")
  ResponseEntity<byte[]> staffing(@RequestParam String format) {
    WorkforceReport report = report();
    DownloadTable table =
        new DownloadTable(text("workforce.staffing"))
            .text(text("workforce.team"))
            .text(text("workforce.team-id"))
            .decimal(text("workforce.agency.fte"))
            .decimal(text("workforce.all.fte"))
            .percent(text("workforce.agency"))
            .decimal(text("workforce.vacancy.fte"))
            .percent(text("workforce.vacancy"))
            .decimal(text("workforce.leavers.fte"))
            .decimal(text("workforce.employed.fte"))
            .percent(text("workforce.turnover"))
            .integer(text("workforce.supervised"))
            .integer(text("workforce.case-holders"))
            .percent(text("workforce.supervision"));
    for (WorkforceFigures f : rows(report)) {
      table.row(
          f.unitName(),
          f.isTeam() ? f.unitId() : null,
          part(f.agency(), IndicatorValue::numerator),
          part(f.agency(), IndicatorValue::denominator),
          share(f.agency()),
          part(f.vacancy(), IndicatorValue::numerator),
          share(f.vacancy()),
          part(f.turnover(), IndicatorValue::numerator),
          part(f.turnover(), IndicatorValue::denominator),
          share(f.turnover()),
          part(f.supervision(), IndicatorValue::numerator),
          part(f.supervision(), IndicatorValue::denominator),
          share(f.supervision()));
    }
    return Downloads.of(format, table, "opencsc-workforce-staffing-" + report.period().asAt());
  }

  private WorkforceReport report() {
    return workforce.report().orElseThrow(() -> new NotFoundException("no served snapshot"));
  }

  /** The teams, then the council's total, as the page's tables list them. */
  private static List<WorkforceFigures> rows(WorkforceReport report) {
    return Stream.concat(report.teams().stream(), Stream.of(report.council())).toList();
  }

  private String bandLabel(CaseloadBand band) {
    String key =
        band.isOverThreshold()
            ? "workforce.band.over"
            : band.isFirst() ? "workforce.band.first" : "workforce.band";
    Object[] args = {
      band.from().toPlainString(), band.to() == null ? "" : band.to().toPlainString()
    };
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private static @Nullable BigDecimal part(
      @Nullable IndicatorValue value, Function<IndicatorValue, BigDecimal> part) {
    return value == null ? null : part.apply(value);
  }

  private static @Nullable BigDecimal value(@Nullable IndicatorValue value) {
    return value == null ? null : value.value();
  }

  /** A percentage as its share (62.5% as 0.625), as the Excel download's percent cells take it. */
  private static @Nullable BigDecimal share(@Nullable IndicatorValue value) {
    BigDecimal percent = value(value);
    return percent == null
        ? null
        : percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
  }
}
