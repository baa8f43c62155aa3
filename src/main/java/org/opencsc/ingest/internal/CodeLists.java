package org.opencsc.ingest.internal;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codes a field may hold in one collection year, kept as data: a CSV resource with columns
 * {@code field,code,meaning} beside the source that uses it, one file per year (the DfE adds and
 * withdraws codes every year, e.g. SSDA903 PLACE K3 from 2025-26).
 */
public final class CodeLists {

  private final Map<String, Set<String>> codes;

  private CodeLists(Map<String, Set<String>> codes) {
    this.codes = codes;
  }

  /**
   * The list for a year, e.g. {@code codes-2025-26.csv} next to {@code owner}; empty if that year
   * has no file.
   */
  public static Optional<CodeLists> forYear(Class<?> owner, String prefix, CollectionYear year) {
    String name = prefix + "-" + year.label() + ".csv";
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      return Optional.empty();
    }
    Map<String, Set<String>> codes = new HashMap<>();
    try (in;
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord record : csv) {
        codes
            .computeIfAbsent(record.getField("field"), f -> new LinkedHashSet<>())
            .add(record.getField("code"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read code list " + name, e);
    }
    codes.replaceAll((field, set) -> Set.copyOf(set));
    return Optional.of(new CodeLists(Map.copyOf(codes)));
  }

  /** Whether the field has a code list this year. */
  public boolean covers(String field) {
    return codes.containsKey(field);
  }

  /** Whether the code is in the field's list (true for a field without a list). */
  public boolean allows(String field, String code) {
    Set<String> list = codes.get(field);
    return list == null || list.contains(code);
  }

  /** The field's codes, for messages. */
  public Set<String> codes(String field) {
    return codes.getOrDefault(field, Set.of());
  }
}
