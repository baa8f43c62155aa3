package org.opencsc.ingest.internal.annexa;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencsc.ingest.internal.CollectionYear;

/**
 * The values Annex A's coded columns may hold in a collection year, kept as data like the other
 * sources' code lists: {@code codes-<year>.csv} beside this class (field, code, meaning), where the
 * meaning is the template's spelling ({@code a) Male}, {@code a) 1A: Individual}, {@code N1 - Abuse
 * or neglect}). A cell is read as its code when it is one of the field's spellings or its code
 * itself, ignoring case and spaces, also after the template's {@code a)} prefix and before its
 * {@code :} or {@code -} description ({@code b) PR1: anything} reads as PR1). A year without a file
 * uses {@link #FALLBACK_YEAR}'s.
 */
final class AnnexACodes {

  static final CollectionYear FALLBACK_YEAR = new CollectionYear(2025);

  private static final Pattern PREFIX = Pattern.compile("^[a-z]{1,2}\\)\\s*");
  private static final Pattern CODE = Pattern.compile("^([A-Za-z0-9]+)\\s*(?::|\\s-\\s|$).*");

  private final Map<String, Map<String, String>> byField;

  private AnnexACodes(Map<String, Map<String, String>> byField) {
    this.byField = byField;
  }

  static AnnexACodes forYear(CollectionYear year) {
    return load(year).or(() -> load(FALLBACK_YEAR)).orElseThrow();
  }

  /** The code a cell's text stands for; empty when the field has no such value. */
  Optional<String> code(String field, String text) {
    Map<String, String> values = byField.getOrDefault(field, Map.of());
    String key = normal(text);
    String code = values.get(key);
    if (code == null) {
      String bare = PREFIX.matcher(key).replaceFirst("");
      Matcher m = CODE.matcher(bare);
      code = m.matches() ? values.get(m.group(1)) : values.get(bare);
    }
    return Optional.ofNullable(code);
  }

  /** The field's codes, for messages. */
  String codes(String field) {
    return String.join(
        " ",
        new java.util.TreeSet<>(byField.getOrDefault(field, Map.of()).values()).stream().toList());
  }

  private static String normal(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Optional<AnnexACodes> load(CollectionYear year) {
    String name = "codes-" + year.label() + ".csv";
    InputStream in = AnnexACodes.class.getResourceAsStream(name);
    if (in == null) {
      return Optional.empty();
    }
    Map<String, Map<String, String>> byField = new HashMap<>();
    try (in;
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        Map<String, String> values =
            byField.computeIfAbsent(r.getField("field"), f -> new LinkedHashMap<>());
        String code = r.getField("code");
        values.put(normal(code), code);
        values.put(normal(r.getField("meaning")), code);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return Optional.of(new AnnexACodes(Map.copyOf(byField)));
  }
}
