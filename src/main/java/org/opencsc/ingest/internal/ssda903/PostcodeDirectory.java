package org.opencsc.ingest.internal.ssda903;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.IngestException;
import org.opencsc.validation.ssda903.Postcodes;

/**
 * Reads postcode reference data from a CSV file in the ONS Postcode Directory's own columns, so
 * that a council can point at the ONSPD as downloaded or at any part of it: {@code pcds} (the
 * postcode), {@code oseast1m} and {@code osnrth1m} (its grid reference), {@code oslaua} (its local
 * authority district) and, when there, {@code oscty} (its county, for two-tier areas) and {@code
 * doterm} (the date a postcode was terminated). Other columns are passed over.
 *
 * <p>The return's postcodes are sectors ({@code ZZ1 1}), so each sector is placed at the mean grid
 * reference of its live postcodes and given the authority most of them are in: the county where the
 * ONSPD names one (the county council is the children's services authority), else the district.
 * Terminated postcodes and those without a grid reference are left out.
 */
final class PostcodeDirectory {

  static final List<String> REQUIRED = List.of("pcds", "oseast1m", "osnrth1m", "oslaua");

  private PostcodeDirectory() {}

  /**
   * @throws IngestException when the file is not there, lacks a column, or cannot be read
   */
  static Postcodes read(Path file, @Nullable String councilCode) {
    if (!Files.isRegularFile(file)) {
      throw new IngestException("the postcode file " + file + " is not a file");
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), reader, councilCode);
    } catch (IOException | CsvParseException e) {
      throw new IngestException("cannot read the postcode file " + file + ": " + e.getMessage(), e);
    }
  }

  static Postcodes read(String name, Reader reader, @Nullable String councilCode) {
    Map<String, Totals> sectors = new HashMap<>();
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
        columns.add(record, sectors);
      }
    } catch (IOException e) {
      throw new IngestException("cannot read the postcode file " + name + ": " + e, e);
    }
    Map<String, Postcodes.Sector> centres = new HashMap<>();
    sectors.forEach((key, totals) -> centres.put(key, totals.sector()));
    return new Postcodes(centres, councilCode);
  }

  /** Where the columns read are, by the header line. */
  private record Columns(
      int postcode, int easting, int northing, int district, int county, int end) {

    static Columns of(String name, List<String> header) {
      Map<String, Integer> at = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        at.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      for (String column : REQUIRED) {
        if (!at.containsKey(column)) {
          throw new IngestException(
              "the postcode file "
                  + name
                  + " has no column "
                  + column
                  + ": it needs the ONS Postcode Directory's columns "
                  + String.join(", ", REQUIRED));
        }
      }
      return new Columns(
          at.get("pcds"),
          at.get("oseast1m"),
          at.get("osnrth1m"),
          at.get("oslaua"),
          at.getOrDefault("oscty", -1),
          at.getOrDefault("doterm", -1));
    }

    void add(CsvRecord record, Map<String, Totals> sectors) {
      String code = field(record, postcode);
      String east = field(record, easting);
      String north = field(record, northing);
      if (code.isEmpty() || east.isEmpty() || north.isEmpty() || !field(record, end).isEmpty()) {
        return;
      }
      String authority = authority(field(record, county), field(record, district));
      if (authority.isEmpty()) {
        return;
      }
      try {
        sectors
            .computeIfAbsent(Postcodes.key(code), k -> new Totals())
            .add(Double.parseDouble(east), Double.parseDouble(north), authority);
      } catch (NumberFormatException e) {
        // a grid reference that is not a number is no grid reference
      }
    }

    private static String field(CsvRecord record, int index) {
      return index < 0 || index >= record.getFieldCount() ? "" : record.getField(index).strip();
    }

    /** The county where there is one; the ONSPD's pseudo-codes (E99999999) mean none. */
    private static String authority(String county, String district) {
      return county.isEmpty() || county.endsWith("99999999") ? district : county;
    }
  }

  /** A sector's postcodes so far. */
  private static final class Totals {
    private double east;
    private double north;
    private long count;
    private final Map<String, Integer> authorities = new HashMap<>(2);

    void add(double easting, double northing, String authority) {
      east += easting;
      north += northing;
      count++;
      authorities.merge(authority, 1, Integer::sum);
    }

    Postcodes.Sector sector() {
      String authority =
          authorities.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey()))
              .orElseThrow()
              .getKey();
      return new Postcodes.Sector(east / count, north / count, authority);
    }
  }
}
