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
  private final Map<String, String> meanings;

  private CodeLists(Map<String, Set<String>> codes, Map<String, String> meanings) {
    this.codes = codes;
    this.meanings = meanings;
  }

  /**
   * The list for a year, e.g. {@code codes-2025-26.csv} next to {@code owner}; empty if that year
   * has no file.
   */
  public static Optional<CodeLists> forYear(Class<?> owner, String prefix, CollectionYear year) {
    return load(owner, prefix + "-" + year.label() + ".csv");
  }

  /** The list in the resource {@code name} next to {@code owner}; empty if there is none. */
  public static Optional<CodeLists> load(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      return Optional.empty();
    }
    Map<String, Set<String>> codes = new HashMap<>();
    Map<String, String> meanings = new HashMap<>();
    try (in;
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord record : csv) {
        codes
            .computeIfAbsent(record.getField("field"), f -> new LinkedHashSet<>())
            .add(record.getField("code"));
        meanings.put(
            record.getField("field") + '\u0000' + record.getField("code"),
            record.getField("meaning"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read code list " + name, e);
    }
    codes.replaceAll((field, set) -> Set.copyOf(set));
    return Optional.of(new CodeLists(Map.copyOf(codes), Map.copyOf(meanings)));
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

  /** What a code of the field means, as its list says; empty when it is not in the list. */
  public Optional<String> meaning(String field, String code) {
    return Optional.ofNullable(meanings.get(field + '\u0000' + code));
  }

  /** The field's codes, for messages. */
  public Set<String> codes(String field) {
    return codes.getOrDefault(field, Set.of());
  }
}
