package org.opencsc.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A published figure a council's own is compared with: England's, a region's, or the average of the
 * council's statistical neighbours, for one year, with where it comes from ({@link Benchmarks}).
 *
 * @param indicator the indicator's id
 * @param areaType england, region or statistical_neighbours
 * @param areaName {@code England}, the region's name ({@code East Midlands}), or the name the
 *     statistical-neighbour average is published under
 * @param year the DfE's year: {@code 2024-25} for the year to 31 March 2025 (the CIN census,
 *     SSDA903), {@code 2025} for a reporting year ending in 2025 (the workforce census, to 30
 *     September)
 * @param value the figure, in the indicator's unit
 * @param source the publication and table it comes from, and how it was worked out if it was
 */
public record Benchmark(
    String indicator,
    @JsonProperty("area_type") AreaType areaType,
    @JsonProperty("area_name") String areaName,
    String year,
    BigDecimal value,
    String source) {

  /** {@code 2024-25} (the second year the first plus one) or {@code 2025}. */
  static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?$");

  /** What kind of area a benchmark is for. */
  public enum AreaType {
    ENGLAND("england"),
    REGION("region"),
    STATISTICAL_NEIGHBOURS("statistical_neighbours");

    private final String id;

    AreaType(String id) {
      this.id = id;
    }

    @JsonValue
    public String id() {
      return id;
    }

    public static AreaType of(String id) {
      return Arrays.stream(values())
          .filter(a -> a.id.equals(id))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "area_type must be england, region or statistical_neighbours, not '"
                          + id
                          + "'"));
    }
  }

  public Benchmark {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(areaType, "areaType");
    Objects.requireNonNull(areaName, "areaName");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    if (!isYear(year)) {
      throw new IllegalArgumentException(
          "year must be like 2024-25 (the year to 31 March 2025) or 2025, not '" + year + "'");
    }
  }

  /** Whether {@code year} is a year as benchmarks give it: {@code 2024-25} or {@code 2025}. */
  public static boolean isYear(String year) {
    var m = YEAR.matcher(year);
    if (!m.matches()) {
      return false;
    }
    if (m.group(2) == null) {
      return true;
    }
    int first = Integer.parseInt(m.group(1));
    return Integer.parseInt(m.group(2)) == (first + 1) % 100;
  }

  /** The calendar year the benchmark's year ends in: 2025 for {@code 2024-25} and {@code 2025}. */
  public int endYear() {
    var m = YEAR.matcher(year);
    if (!m.matches()) {
      throw new IllegalStateException(year);
    }
    return Integer.parseInt(m.group(1)) + (m.group(2) == null ? 0 : 1);
  }
}
