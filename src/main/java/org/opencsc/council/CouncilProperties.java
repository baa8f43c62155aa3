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
 */
@ConfigurationProperties("opencsc.council")
public record CouncilProperties(
    @DefaultValue("Council") String name, @Nullable Integer childPopulation) {

  public CouncilProperties {
    Objects.requireNonNull(name, "name");
    if (childPopulation != null && childPopulation <= 0) {
      throw new IllegalArgumentException("opencsc.council.child-population must be positive");
    }
  }
}
