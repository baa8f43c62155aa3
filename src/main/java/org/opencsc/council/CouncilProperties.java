package org.opencsc.council;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council itself ({@code opencsc.council.*}).
 *
 * @param name the council's name, shown for council-level figures
 * @param childPopulation children aged 0-17 living in the council's area (ONS mid-year estimate),
 *     the denominator of rates per 10,000 children; without it those rates are left blank
 * @param region the English region the council is in, as the DfE names it ({@code East Midlands},
 *     {@code Yorkshire and The Humber}): which regional benchmarks its figures are compared with;
 *     without it there is no regional comparison
 * @param statisticalNeighbours the name under which the benchmark file gives the average of the
 *     council's DfE statistical neighbours (usually the council's own name, as the DfE's local
 *     authority interactive tool publishes it); without it there is no such comparison
 */
@ConfigurationProperties("opencsc.council")
public record CouncilProperties(
    @DefaultValue("Council") String name,
    @Nullable Integer childPopulation,
    @Nullable String region,
    @Nullable String statisticalNeighbours) {

  public CouncilProperties {
    Objects.requireNonNull(name, "name");
    if (childPopulation != null && childPopulation <= 0) {
      throw new IllegalArgumentException("opencsc.council.child-population must be positive");
    }
    region = blankToNull(region);
    statisticalNeighbours = blankToNull(statisticalNeighbours);
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
