package org.opencsc.indicators.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.opencsc.indicators.Benchmark;
import org.opencsc.indicators.Indicator;
import org.opencsc.indicators.UnitOfMeasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The benchmark figures of {@code opencsc.indicators.benchmarks}, read once at start-up. A bad line
 * stops the application with the file, line and field; a line for an indicator OpenCSC does not
 * define (yet) is left out with a warning, so that one file serves releases with more or fewer
 * indicators. A percentage outside 0-100 is a bad line.
 */
@Component
public class BenchmarkFile {

  private static final Logger log = LoggerFactory.getLogger(BenchmarkFile.class);

  private final List<Benchmark> benchmarks;

  BenchmarkFile(
      BenchmarkProperties properties, ResourceLoader resources, IndicatorCatalogue catalogue) {
    this.benchmarks =
        load(
            properties.benchmarks(),
            resource(properties.benchmarks(), resources),
            id -> catalogue.definition(id).map(Definition::indicator));
  }

  /** Every benchmark of a defined indicator, in the file's order. */
  public List<Benchmark> benchmarks() {
    return benchmarks;
  }

  /**
   * @param name how messages name the file: its location as configured
   */
  static List<Benchmark> load(
      String name, Resource file, Function<String, Optional<Indicator>> indicators) {
    List<BenchmarkCsv.Line> lines;
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      lines = BenchmarkCsv.read(name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the benchmarks " + name + " (opencsc.indicators.benchmarks)", e);
    }
    return lines.stream()
        .filter(line -> defined(name, line, indicators))
        .map(BenchmarkCsv.Line::benchmark)
        .toList();
  }

  private static boolean defined(
      String name, BenchmarkCsv.Line line, Function<String, Optional<Indicator>> indicators) {
    Benchmark benchmark = line.benchmark();
    Optional<Indicator> indicator = indicators.apply(benchmark.indicator());
    if (indicator.isEmpty()) {
      log.warn(
          "Benchmarks {}, line {}: no indicator '{}' is defined; its figure is left out",
          name,
          line.number(),
          benchmark.indicator());
      return false;
    }
    boolean percent = indicator.get().unit() == UnitOfMeasure.PERCENT;
    if (percent
        && (benchmark.value().signum() < 0
            || benchmark.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalStateException(
          "benchmarks "
              + name
              + ", line "
              + line.number()
              + ", field value: "
              + benchmark.indicator()
              + " is a percentage, so its value is from 0 to 100, not "
              + benchmark.value().toPlainString());
    }
    return true;
  }

  private static Resource resource(String location, ResourceLoader resources) {
    return location.startsWith("classpath:") || location.startsWith("file:")
        ? resources.getResource(location)
        : new FileSystemResource(location);
  }
}
