package org.opencsc.council;

import java.util.Objects;

/** A worker of a team and the number of that team's children allocated to them. */
public record WorkerCount(String id, String name, boolean agencyWorker, long children) {

  public WorkerCount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
