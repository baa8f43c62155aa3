package org.opencsc.council;

import java.util.Objects;

/** A service area or team and the number of children open to it (allocated to its workers). */
public record UnitCount(String id, String name, long children) {

  public UnitCount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
