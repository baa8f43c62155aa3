package org.opencsc.reports.internal;

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

/**
 * How the Annex A template spells coded values ({@code a) Male}, {@code a) WBRI}, {@code N1 - Abuse
 * or neglect}), from {@code annex-a-labels.csv} (field, code, meaning: the value lists of
 * liia-tools' Annex A data map, the codes the DfE's returns use; the same list the generator writes
 * its workbook with and the ingest reads). Where a code has several spellings the first is written.
 * A code the list does not have is written as it is, so that the ingest's check names it rather
 * than the export hiding it.
 */
public final class AnnexALabels {

  private static final AnnexALabels INSTANCE = load();

  private final Map<String, String> labels;

  private AnnexALabels(Map<String, String> labels) {
    this.labels = Map.copyOf(labels);
  }

  public static AnnexALabels get() {
    return INSTANCE;
  }

  /** The template's spelling of a code of a field: ("gender", "M") → {@code a) Male}. */
  public String label(String field, String code) {
    return labels.getOrDefault(field + "|" + code, code);
  }

  /** {@code a) Yes} or {@code b) No}. */
  public String yesNo(boolean value) {
    return label("yesno", value ? "Y" : "N");
  }

  private static AnnexALabels load() {
    InputStream in = AnnexALabels.class.getResourceAsStream("annex-a-labels.csv");
    Objects.requireNonNull(in, "annex-a-labels.csv");
    Map<String, String> labels = new HashMap<>();
    try (in;
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        labels.putIfAbsent(r.getField("field") + "|" + r.getField("code"), r.getField("meaning"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read annex-a-labels.csv", e);
    }
    return new AnnexALabels(labels);
  }
}
