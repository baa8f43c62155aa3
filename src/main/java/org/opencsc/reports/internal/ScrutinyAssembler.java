package org.opencsc.reports.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.CouncilProperties;
import org.opencsc.council.ServedSnapshot;
import org.opencsc.indicators.Attribution;
import org.opencsc.indicators.Figures;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.IndicatorHistory;
import org.opencsc.indicators.IndicatorService;
import org.opencsc.indicators.IndicatorValue;
import org.opencsc.indicators.Level;
import org.opencsc.indicators.Period;
import org.opencsc.indicators.TrendPoint;
import org.opencsc.reports.ScrutinyRequest;
import org.opencsc.reports.internal.ScrutinyLine.UnitLine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers a scrutiny report's figures: each indicator of the theme worked out for the period the
 * committee chose and for the same period a year before (worker at the time of the event), for the
 * council and for each service area and team (not by worker: a committee scrutinises the service,
 * not its staff), with the month ends recorded within the period as the trend.
 */
@Component
public class ScrutinyAssembler {

  private final IndicatorService indicators;
  private final IndicatorHistory history;
  private final PackLines lines;
  private final CouncilProperties council;
  private final Clock clock;

  ScrutinyAssembler(
      IndicatorService indicators,
      IndicatorHistory history,
      PackLines lines,
      CouncilProperties council,
      ObjectProvider<Clock> clock) {
    this.indicators = indicators;
    this.history = history;
    this.lines = lines;
    this.council = council;
    this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
  }

  /** The indicator groups, in the set's order. */
  public List<String> themes() {
    return indicators.indicators().stream().map(Indicator::group).distinct().toList();
  }

  public ScrutinyContent assemble(ServedSnapshot snapshot, ScrutinyRequest request) {
    String theme = Objects.requireNonNull(request.theme(), "theme");
    LocalDate from = Objects.requireNonNull(request.from(), "from");
    LocalDate to = Objects.requireNonNull(request.to(), "to");
    Period period = new Period(from, to, Attribution.EVENT);
    Period before = new Period(from.minusYears(1), to.minusYears(1), Attribution.EVENT);
    List<Indicator> themed =
        indicators.indicators().stream().filter(i -> i.group().equals(theme)).toList();
    Map<String, List<TrendPoint>> trends =
        history.councilTrends(themed.stream().map(Indicator::id).toList(), true);
    List<ScrutinyLine> found = new ArrayList<>();
    for (Indicator indicator : themed) {
      List<IndicatorValue> everyLevel = indicators.valuesAtEveryLevel(period, indicator.id());
      IndicatorValue figure = first(everyLevel, Level.COUNCIL);
      IndicatorValue prior =
          indicators.values(before, Level.COUNCIL, indicator.id()).stream()
              .findFirst()
              .orElse(null);
      List<TrendPoint> trend =
          trends.get(indicator.id()).stream()
              .filter(p -> !p.asAt().isBefore(from) && !p.asAt().isAfter(to))
              .toList();
      found.add(
          new ScrutinyLine(
              lines.line(indicator, figure, period, trend, change(figure, prior, indicator)),
              indicator.description(),
              Figures.value(prior == null ? null : prior.value(), indicator.unit()),
              Counts.of(prior, indicator.unit()),
              units(everyLevel, indicator)));
    }
    return new ScrutinyContent(
        council.name(),
        theme,
        request.cleanQuestion(),
        from,
        to,
        before.start(),
        before.asAt(),
        OffsetDateTime.now(clock).atZoneSameInstant(PackAssembler.UK).toOffsetDateTime(),
        found);
  }

  private static @Nullable IndicatorValue first(List<IndicatorValue> values, Level level) {
    return values.stream().filter(v -> v.level().equals(level.id())).findFirst().orElse(null);
  }

  /** The service areas' figures, then the teams', each by name. */
  private static List<UnitLine> units(List<IndicatorValue> everyLevel, Indicator indicator) {
    List<UnitLine> units = new ArrayList<>();
    for (Level level : List.of(Level.SERVICE_AREA, Level.TEAM)) {
      everyLevel.stream()
          .filter(v -> v.level().equals(level.id()))
          .sorted(Comparator.comparing(IndicatorValue::unitName))
          .forEach(
              v ->
                  units.add(
                      new UnitLine(
                          level.id(),
                          v.unitName(),
                          Figures.value(v.value(), indicator.unit()),
                          Counts.of(v, indicator.unit()))));
    }
    return units;
  }

  /** The value's change on the same period a year before; null without both. */
  private static @Nullable Change change(
      @Nullable IndicatorValue figure, @Nullable IndicatorValue prior, Indicator indicator) {
    BigDecimal now = figure == null ? null : figure.value();
    BigDecimal then = prior == null ? null : prior.value();
    if (now == null || then == null) {
      return null;
    }
    return new Change(Figures.signed(now.subtract(then), indicator.unit()), null);
  }
}
