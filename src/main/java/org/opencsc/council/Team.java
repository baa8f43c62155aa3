package org.opencsc.council;

import java.util.Objects;

/** A team and the service area it belongs to. */
public record Team(String teamId, String name, String serviceAreaId, String serviceAreaName) {

  public Team {
    Objects.requireNonNull(teamId, "teamId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(serviceAreaId, "serviceAreaId");
    Objects.requireNonNull(serviceAreaName, "serviceAreaName");
  }
}
