package org.opencsc.council;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A worker and the team (with its service area) they were in on the snapshot's date, or their last
 * team if they had left; the team is null for a worker who never had one.
 */
public record Worker(
    String workerId,
    String name,
    boolean agencyWorker,
    @Nullable String teamId,
    @Nullable String teamName,
    @Nullable String serviceAreaId,
    @Nullable String serviceAreaName) {

  public Worker {
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(name, "name");
  }
}
