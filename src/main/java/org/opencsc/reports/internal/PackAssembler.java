package org.opencsc.reports.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.audits.AuditResults;
import org.opencsc.audits.ResultRow;
import org.opencsc.council.CouncilProperties;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.improvement.ActionFilter;
import org.opencsc.improvement.ActionStatus;
import org.opencsc.improvement.ImprovementAction;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.ServedFigures;
import org.opencsc.indicators.TrendPoint;
import org.opencsc.indicators.UnitOfMeasure;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers a pack's figures: every indicator's council value for the served snapshot's twelve months
 * (the recorded history's, as the overview reads them), its month-end trend, its target and RAG,
 * England's figure, and the change since the month end before the as-at date's month.
 */
@Component
public class PackAssembler {

  /** The pack says when it was made in the council's own time. */
  static final ZoneId UK = ZoneId.of("Europe/London");

  private final IndicatorService indicators;
  private final ServedFigures figures;
  private final IndicatorHistory history;
  private final PackLines lines;
  private final ImprovementPlan plan;
  private final AuditResults audits;
  private final CouncilProperties council;
  private final Clock clock;

  PackAssembler(
      IndicatorService indicators,
      ServedFigures figures,
      IndicatorHistory history,
      PackLines lines,
      ImprovementPlan plan,
      AuditResults audits,
      CouncilProperties council,
      ObjectProvider<Clock> clock) {
    this.indicators = indicators;
    this.figures = figures;
    this.history = history;
    this.lines = lines;
    this.plan = plan;
    this.audits = audits;
    this.council = council;
    this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
  }

  public PackContent assemble(ServedSnapshot snapshot) {
    List<Indicator> all = indicators.indicators();
    List<String> ids = all.stream().map(Indicator::id).toList();
    Map<String, IndicatorValue> values = figures.council(snapshot, ids);
    Map<String, List<TrendPoint>> trends = history.councilTrends(ids, true);
    Period period = ServedFigures.period(snapshot);
    Map<String, List<PackLine>> groups = new LinkedHashMap<>();
    for (Indicator indicator : all) {
      IndicatorValue figure = values.get(indicator.id());
      List<TrendPoint> trend =
          trends.get(indicator.id()).stream()
              .filter(p -> !p.asAt().isAfter(snapshot.asAt()))
              .toList();
      groups
          .computeIfAbsent(indicator.group(), g -> new ArrayList<>())
          .add(
              lines.line(
                  indicator,
                  figure,
                  period,
                  trend,
                  change(
                      figure == null ? null : figure.value(),
                      trend,
                      snapshot.asAt(),
                      indicator.unit())));
    }
    List<PackSection> sections = new ArrayList<>();
    groups.forEach((group, members) -> sections.add(new PackSection(group, members)));
    return new PackContent(
        council.name(),
        snapshot.asAt(),
        period.start(),
        OffsetDateTime.now(clock).atZoneSameInstant(UK).toOffsetDateTime(),
        sections,
        planStatus(),
        auditSummary());
  }

  /** The plan's actions by status, and those overdue or at risk today. */
  private PlanStatus planStatus() {
    LocalDate today = plan.today();
    List<ImprovementAction> all = plan.actions(ActionFilter.ALL, today);
    List<PlanStatus.StatusCount> byStatus = new ArrayList<>();
    for (ActionStatus status : ActionStatus.values()) {
      byStatus.add(
          new PlanStatus.StatusCount(
              status, all.stream().filter(a -> a.status() == status).count()));
    }
    List<PlanStatus.LateAction> attention =
        plan.needingAttention(today).stream()
            .map(
                a ->
                    new PlanStatus.LateAction(
                        a.title(),
                        a.ownerName(),
                        a.dueDate(),
                        a.status(),
                        a.rag() == null ? "" : a.rag().id(),
                        a.overdue(today),
                        Math.abs(ChronoUnit.DAYS.between(a.dueDate(), today))))
            .toList();
    return new PlanStatus(today, byStatus, attention);
  }

  /** The council's audit results for the last quarters, and the most used learning themes. */
  private AuditSummary auditSummary() {
    List<ResultRow> quarters =
        audits.byQuarter(AuditResults.Level.COUNCIL).stream()
            .sorted(Comparator.comparing(ResultRow::quarter))
            .toList();
    return new AuditSummary(
        quarters.subList(Math.max(0, quarters.size() - AuditSummary.QUARTERS), quarters.size()),
        audits.themes().stream().filter(t -> t.audits() > 0).limit(AuditSummary.THEMES).toList());
  }

  /**
   * The value's change since the last month end before the as-at date's month (for a pack as at 31
   * March: since 28 February or earlier); empty without a value or an earlier figure.
   */
  static @Nullable Change change(
      @Nullable BigDecimal value, List<TrendPoint> trend, LocalDate asAt, UnitOfMeasure unit) {
    LocalDate monthStart = asAt.withDayOfMonth(1);
    TrendPoint before = null;
    for (TrendPoint point : trend) {
      if (point.asAt().isBefore(monthStart) && point.value() != null) {
        before = point;
      }
    }
    if (value == null || before == null) {
      return null;
    }
    return new Change(Figures.signed(value.subtract(before.value()), unit), before.asAt());
  }
}
