package org.opencsc.indicators.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.opencsc.indicators.IndicatorValue;
import tools.jackson.databind.json.JsonMapper;

/** The one output contract, written as CSV or as a JSON array (the API's shape). */
enum IndicatorOutput {
  CSV {
    @Override
    void write(List<IndicatorValue> values, Writer out) throws IOException {
      CsvWriter csv = CsvWriter.builder().build(out);
      csv.writeRecord(COLUMNS);
      for (IndicatorValue v : values) {
        csv.writeRecord(
            v.indicator(),
            v.level(),
            v.unitId(),
            v.unitName(),
            v.numerator().toPlainString(),
            v.denominator().toPlainString(),
            v.value() == null ? "" : v.value().toPlainString(),
            v.unitOfMeasure(),
            v.asAt().toString(),
            v.periodStart().toString(),
            v.periodEnd().toString());
      }
      csv.flush();
    }
  },
  JSON {
    @Override
    void write(List<IndicatorValue> values, Writer out) throws IOException {
      // as a string: the mapper would close the writer (standard out) after writing to it
      out.write(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(values));
      out.write(System.lineSeparator());
    }
  };

  static final List<String> COLUMNS =
      List.of(
          "indicator",
          "level",
          "unit_id",
          "unit_name",
          "numerator",
          "denominator",
          "value",
          "unit_of_measure",
          "as_at",
          "period_start",
          "period_end");

  abstract void write(List<IndicatorValue> values, Writer out) throws IOException;

  static IndicatorOutput of(String format) {
    return switch (format) {
      case "csv" -> CSV;
      case "json" -> JSON;
      default ->
          throw new IllegalArgumentException("--format must be csv or json, not '" + format + "'");
    };
  }
}
