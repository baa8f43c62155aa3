package org.opencsc.ingest.internal.ssda903;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.IngestException;
import org.opencsc.validation.ssda903.Postcodes;
import org.opencsc.validation.ssda903.Providers;
import org.opencsc.validation.ssda903.Providers.Provider;

/**
 * Reads Ofsted's provider lists from a CSV file: one row per provider, with its URN, the placement
 * types (PL) and placement provider codes (PLACE_PROVIDER) it may be recorded with, its postcode,
 * the date its registration ended and, when known, its local authority's code. Each column is known
 * by the Python validator's name or by Ofsted's heading (case, spaces and underscores aside):
 *
 * <ul>
 *   <li>{@code URN}
 *   <li>{@code PLACE_CODES}: {@code Provider Placement Code}, {@code Placement code}
 *   <li>{@code PROVIDER_CODES}: {@code Provider Code}, {@code Placement provider code}
 *   <li>{@code POSTCODE}: {@code Setting Postcode}, {@code Setting address postcode}
 *   <li>{@code REG_END}: {@code Closed Date}, {@code Deregistration date}
 *   <li>{@code LA_CODE} (optional): {@code LA_CODE_INFERRED}, {@code Local authority code}
 * </ul>
 *
 * <p>Codes are separated by {@code /}, {@code ,}, {@code ;} or spaces; dates are {@code dd/mm/yyyy}
 * or {@code yyyy-mm-dd}. A provider without an authority code is given the authority of its
 * postcode when postcode reference data is supplied, as the DfE's note on rule 229 says.
 */
final class ProviderList {

  /** Each column by the names it is known by, normalised ({@link #normal}). */
  private static final Map<String, List<String>> NAMES =
      Map.of(
          "URN", List.of("urn"),
          "PLACE_CODES", List.of("place codes", "provider placement code", "placement code"),
          "PROVIDER_CODES", List.of("provider codes", "provider code", "placement provider code"),
          "POSTCODE", List.of("postcode", "setting postcode", "setting address postcode"),
          "REG_END", List.of("reg end", "closed date", "deregistration date"),
          "LA_CODE", List.of("la code", "la code inferred", "local authority code"));

  static final List<String> REQUIRED =
      List.of("URN", "PLACE_CODES", "PROVIDER_CODES", "POSTCODE", "REG_END");

  private static final Pattern SEPARATORS = Pattern.compile("[/,;\\s]+");
  private static final Pattern AUTHORITY_CODE = Pattern.compile("[A-Z]\\d{8}");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private ProviderList() {}

  /**
   * @param postcodes postcode reference data, to give a provider without an authority code the
   *     authority of its postcode; null when none
   * @throws IngestException when the file is not there, lacks a column, or has a row without a URN,
   *     a URN twice or a date that is not one
   */
  static Providers read(Path file, @Nullable String councilCode, @Nullable Postcodes postcodes) {
    if (!Files.isRegularFile(file)) {
      throw new IngestException("the provider file " + file + " is not a file");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), reader, councilCode, postcodes);
    } catch (IOException | CsvParseException e) {
      throw new IngestException("cannot read the provider file " + file + ": " + e.getMessage(), e);
    }
  }

  static Providers read(
      String name, Reader reader, @Nullable String councilCode, @Nullable Postcodes postcodes) {
    Map<String, Provider> providers = new HashMap<>();
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(reader)) {
      Columns columns = null;
      for (CsvRecord record : csv) {
        if (columns == null) {
          columns = Columns.of(name, record.getFields());
          continue;
        }
        Provider provider = columns.provider(name, record, postcodes);
        Provider before = providers.putIfAbsent(provider.urn(), provider);
        if (before != null) {
          throw new IngestException(
              String.format(
                  Locale.ROOT,
                  "the provider file %s row %d URN: %s is also on row %d (one row per provider)",
                  name,
                  provider.row(),
                  provider.urn(),
                  before.row()));
        }
      }
    } catch (IOException e) {
      throw new IngestException("cannot read the provider file " + name + ": " + e, e);
    }
    return new Providers(providers, councilCode);
  }

  /** A heading as it is compared: lower case, underscores as spaces, spaces collapsed. */
  static String normal(String heading) {
    return heading
        .replace('\uFEFF', ' ')
        .replace('_', ' ')
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /** Where the columns read are, by the header line; -1 for an optional column not there. */
  private record Columns(
      int urn, int placements, int providerCodes, int postcode, int end, int authority) {

    static Columns of(String name, List<String> header) {
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        at.putIfAbsent(normal(header.get(i)), i);
      }
      Map<String, Integer> found = new HashMap<>();
      NAMES.forEach(
          (column, names) ->
              names.stream()
                  .filter(at::containsKey)
                  .findFirst()
                  .ifPresent(n -> found.put(column, at.get(n))));
      for (String column : REQUIRED) {
        if (!found.containsKey(column)) {
          throw new IngestException(
              "the provider file "
                  + name
                  + " has no column "
                  + column
                  + " (or "
                  + String.join(" or ", NAMES.get(column).subList(1, NAMES.get(column).size()))
                  + "): it needs the columns "
                  + String.join(", ", REQUIRED)
                  + " (docs/validation.md)");
        }
      }
      return new Columns(
          found.get("URN"),
          found.get("PLACE_CODES"),
          found.get("PROVIDER_CODES"),
          found.get("POSTCODE"),
          found.get("REG_END"),
          found.getOrDefault("LA_CODE", -1));
    }

    Provider provider(String name, CsvRecord record, @Nullable Postcodes postcodes) {
      long row = record.getStartingLineNumber();
      String urn = Providers.key(field(record, this.urn));
      if (urn.isEmpty()) {
        throw new IngestException(
            "the provider file " + name + " row " + row + " URN: blank (every row is a provider)");
      }
      String postcode = field(record, this.postcode);
      return new Provider(
          urn,
          row,
          codes(field(record, placements)),
          codes(field(record, providerCodes)),
          postcode,
          date(name, row, field(record, end)),
          authority(field(record, authority), postcode, postcodes));
    }

    private static String field(CsvRecord record, int index) {
      return index < 0 || index >= record.getFieldCount() ? "" : record.getField(index).strip();
    }

    private static Set<String> codes(String value) {
      Set<String> codes = new LinkedHashSet<>();
      for (String code : SEPARATORS.split(value.toUpperCase(Locale.ROOT))) {
        if (!code.isEmpty()) {
          codes.add(code);
        }
      }
      return codes;
    }

    private static @Nullable LocalDate date(String name, long row, String value) {
      if (value.isEmpty()) {
        return null;
      }
      try {
        return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, DAY);
      } catch (DateTimeParseException e) {
        throw new IngestException(
            String.format(
                Locale.ROOT,
                "the provider file %s row %d REG_END: '%s' is not a date (dd/mm/yyyy or"
                    + " yyyy-mm-dd)",
                name,
                row,
                value),
            e);
      }
    }

    /** The file's authority code, else the authority of the provider's postcode, else none. */
    private static @Nullable String authority(
        String given, String postcode, @Nullable Postcodes postcodes) {
      String code = given.toUpperCase(Locale.ROOT);
      if (AUTHORITY_CODE.matcher(code).matches()) {
        return code;
      }
      Postcodes.Sector sector = postcodes == null ? null : postcodes.sector(postcode);
      return sector == null ? null : sector.authority();
    }
  }
}
