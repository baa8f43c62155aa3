package org.opencsc.indicators.internal;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencsc.indicators.Benchmark;

/**
 * Reads a benchmark file: a header of exactly {@link #COLUMNS}, then one figure a line; lines
 * starting with {@code #} are comments. A bad line stops the reading with the file, the line and
 * the field it is about, as a bad indicator definition does.
 */
final class BenchmarkCsv {

  static final List<String> COLUMNS =
      List.of("indicator", "area_type", "area_name", "year", "value", "source");

  /** One benchmark and the line of the file it is on. */
  record Line(long number, Benchmark benchmark) {}

  private BenchmarkCsv() {}

  static List<Line> read(String fileName, Reader reader) {
    List<Line> lines = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    boolean header = true;
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .commentStrategy(CommentStrategy.SKIP)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowUnclosedQuote(false)
            .ofCsvRecord(reader)) {
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        if (header) {
          if (!record.getFields().stream().map(String::strip).toList().equals(COLUMNS)) {
            throw fail(
                fileName, line, "header", "the columns must be " + String.join(",", COLUMNS));
          }
          header = false;
          continue;
        }
        Benchmark benchmark = benchmark(fileName, line, record);
        String key =
            benchmark.indicator()
                + "|"
                + benchmark.areaType().id()
                + "|"
                + benchmark.areaName()
                + "|"
                + benchmark.year();
        Long earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
          throw fail(fileName, line, "year", "the same figure is already on line " + earlier);
        }
        lines.add(new Line(line, benchmark));
      }
    } catch (CsvParseException e) {
      throw new IllegalStateException("benchmarks " + fileName + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmarks " + fileName, e);
    }
    if (header) {
      throw fail(fileName, 1, "header", "the file is empty: it needs the header line");
    }
    return List.copyOf(lines);
  }

  private static Benchmark benchmark(String fileName, long line, CsvRecord record) {
    if (record.getFieldCount() != COLUMNS.size()) {
      throw fail(
          fileName,
          line,
          COLUMNS.get(Math.min(record.getFieldCount(), COLUMNS.size() - 1)),
          COLUMNS.size() + " fields expected, " + record.getFieldCount() + " found");
    }
    String indicator = field(fileName, line, record, 0);
    if (!indicator.matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")) {
      throw fail(fileName, line, "indicator", "'" + indicator + "' is not an indicator id");
    }
    Benchmark.AreaType areaType;
    try {
      areaType = Benchmark.AreaType.of(field(fileName, line, record, 1));
    } catch (IllegalArgumentException e) {
      throw fail(fileName, line, "area_type", e.getMessage());
    }
    String areaName = field(fileName, line, record, 2);
    String year = field(fileName, line, record, 3);
    if (!Benchmark.isYear(year)) {
      throw fail(
          fileName,
          line,
          "year",
          "'" + year + "' is not a year like 2024-25 (to 31 March) or 2025");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(field(fileName, line, record, 4));
    } catch (NumberFormatException e) {
      throw fail(fileName, line, "value", "'" + record.getField(4).strip() + "' is not a number");
    }
    return new Benchmark(
        indicator, areaType, areaName, year, value, field(fileName, line, record, 5));
  }

  private static String field(String fileName, long line, CsvRecord record, int index) {
    String value = record.getField(index).strip();
    if (value.isEmpty()) {
      throw fail(fileName, line, COLUMNS.get(index), "it is empty");
    }
    return value;
  }

  private static IllegalStateException fail(
      String fileName, long line, String field, String reason) {
    return new IllegalStateException(
        "benchmarks " + fileName + ", line " + line + ", field " + field + ": " + reason);
  }
}
