package org.opencsc.generator.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How Ofsted's Annex A template spells coded values ({@code a) Male}, {@code a) WBRI}, {@code a)
 * 1A: Individual}, {@code N1 - Abuse or neglect} …), from {@code annex-a-values.csv} (field, code,
 * label: the value lists of liia-tools' Annex A data map, with the codes the DfE returns use).
 * Where a code has several labels the first is written.
 */
final class AnnexAValues {

  private static final AnnexAValues INSTANCE = load();

  private final Map<String, String> labels;

  private AnnexAValues(Map<String, String> labels) {
    this.labels = Map.copyOf(labels);
  }

  static AnnexAValues get() {
    return INSTANCE;
  }

  /**
   * The template's label of a code, e.g. {@code ("gender", "M")} → {@code a) Male}; null → null.
   */
  @Nullable String label(String field, @Nullable String code) {
    if (code == null) {
      return null;
    }
    return Objects.requireNonNull(
        labels.get(field + "|" + code), () -> "no Annex A label for " + field + " " + code);
  }

  /** {@code a) Yes} / {@code b) No}; null → null. */
  @Nullable String yesNo(@Nullable Boolean value) {
    return value == null ? null : label("yesno", value ? "Y" : "N");
  }

  private static AnnexAValues load() {
    InputStream in = AnnexAValues.class.getResourceAsStream("annex-a-values.csv");
    Objects.requireNonNull(in, "annex-a-values.csv");
    Map<String, String> labels = new HashMap<>();
    try (in;
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        labels.putIfAbsent(r.getField("field") + "|" + r.getField("code"), r.getField("meaning"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read annex-a-values.csv", e);
    }
    return new AnnexAValues(labels);
  }
}
