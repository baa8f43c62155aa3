package org.opencsc.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opencsc.council.CouncilProperties;
import org.opencsc.indicators.Benchmark.AreaType;
import org.opencsc.indicators.internal.BenchmarkFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * England, regional and statistical-neighbour figures for the indicators, shipped as data with
 * their year and source ({@code opencsc.indicators.benchmarks}), and each indicator's council
 * figure compared with its target and with them. The council's region and statistical-neighbour
 * group come from {@code opencsc.council.region} and {@code
 * opencsc.council.statistical-neighbours}.
 */
@Service
@Transactional(readOnly = true)
public class Benchmarks {

  private static final Comparator<Benchmark> ORDER =
      Comparator.comparing(Benchmark::areaType)
          .thenComparing(Benchmark::areaName)
          .thenComparing(Comparator.comparingInt(Benchmark::endYear).reversed())
          .thenComparing(Benchmark::year, Comparator.reverseOrder());

  private final List<Benchmark> benchmarks;
  private final IndicatorService indicators;
  private final IndicatorTargets targets;
  private final CouncilProperties council;

  Benchmarks(
      BenchmarkFile file,
      IndicatorService indicators,
      IndicatorTargets targets,
      CouncilProperties council) {
    this.benchmarks = file.benchmarks().stream().sorted(ORDER).toList();
    this.indicators = indicators;
    this.targets = targets;
    this.council = council;
  }

  /** The indicator's benchmarks: England's, then the regions', then statistical neighbours'. */
  public List<Benchmark> of(String indicator) {
    return benchmarks.stream().filter(b -> b.indicator().equals(indicator)).toList();
  }

  /**
   * Every indicator's council figure for the period beside its target, its RAG and its England,
   * regional and statistical-neighbour benchmarks. Each benchmark is the one for the period's
   * collection year (2024-25 for a period ending between 1 April 2024 and 31 March 2025) when there
   * is one, else the latest. Outside a caller's transaction, so that the figures are worked out
   * several at a time ({@link IndicatorService#everyValue}).
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<Comparison> comparisons(Period period) {
    Map<String, IndicatorValue> values =
        indicators.values(period, Level.COUNCIL).stream()
            .collect(Collectors.toMap(IndicatorValue::indicator, Function.identity(), (a, b) -> a));
    Map<String, Target> set = targets.targets();
    return indicators.indicators().stream()
        .map(i -> comparison(i, period, values.get(i.id()), set.get(i.id())))
        .toList();
  }

  /**
   * One indicator's council {@code value} (null when it cannot be worked out) for the period beside
   * its target, RAG and benchmarks, as {@link #comparisons} gives it, without working out any other
   * figure.
   */
  public Comparison comparison(Indicator indicator, Period period, @Nullable BigDecimal value) {
    Target target = targets.target(indicator.id()).orElse(null);
    return compare(indicator, period, value, target);
  }

  private Comparison compare(
      Indicator indicator, Period period, @Nullable BigDecimal value, @Nullable Target target) {
    return new Comparison(
        indicator.id(),
        indicator.title(),
        indicator.unit(),
        indicator.polarity(),
        period.asAt(),
        period.start(),
        period.asAt(),
        value,
        target == null ? null : target.target(),
        target == null ? null : target.amberTolerance(),
        Rag.of(indicator.polarity(), target, value),
        compared(indicator, value, period, AreaType.ENGLAND, null),
        compared(indicator, value, period, AreaType.REGION, council.region()),
        compared(
            indicator,
            value,
            period,
            AreaType.STATISTICAL_NEIGHBOURS,
            council.statisticalNeighbours()));
  }

  private Comparison comparison(
      Indicator indicator,
      Period period,
      @Nullable IndicatorValue figure,
      @Nullable Target target) {
    return compare(indicator, period, figure == null ? null : figure.value(), target);
  }

  private Comparison.@Nullable Compared compared(
      Indicator indicator,
      @Nullable BigDecimal value,
      Period period,
      AreaType type,
      @Nullable String areaName) {
    if (type != AreaType.ENGLAND && areaName == null) {
      return null;
    }
    String year = collectionYear(period.asAt());
    return of(indicator.id()).stream()
        .filter(b -> b.areaType() == type)
        .filter(b -> areaName == null || b.areaName().equalsIgnoreCase(areaName))
        .min(
            Comparator.comparing((Benchmark b) -> !b.year().equals(year))
                .thenComparing(Comparator.comparingInt(Benchmark::endYear).reversed())
                .thenComparing(Benchmark::year, Comparator.reverseOrder()))
        .map(
            b ->
                new Comparison.Compared(
                    b.areaName(),
                    b.year(),
                    b.value(),
                    b.source(),
                    value == null || indicator.unit() == UnitOfMeasure.COUNT
                        ? null
                        : value.subtract(b.value())))
        .orElse(null);
  }

  /** The DfE collection year (to 31 March) a day falls in: {@code 2024-25} for 31 March 2025. */
  static String collectionYear(LocalDate day) {
    int first = day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    return first + "-" + String.format("%02d", (first + 1) % 100);
  }
}
