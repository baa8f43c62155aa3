package org.opencsc.council;

import java.util.Objects;

/** A service area of the council. */
public record ServiceArea(String serviceAreaId, String name) {

  public ServiceArea {
    Objects.requireNonNull(serviceAreaId, "serviceAreaId");
    Objects.requireNonNull(name, "name");
  }
}
