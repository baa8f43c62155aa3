package org.opencsc.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the nightly refresh.
 *
 * @param dropFolder where the case-management system's nightly export arrives
 * @param cron when the nightly refresh runs (Spring cron: second minute hour day month weekday);
 *     {@code -} switches the schedule off
 * @param keepSnapshots how many loaded snapshots to keep, the served one included; older ones' rows
 *     are dropped (their records stay in the load history)
 * @param previousFolder where last year's SSDA903 return is, for the DfE's rules that compare the
 *     two years; none by default (those rules then do not run, and each run says so)
 */
@ConfigurationProperties("opencsc.ingest")
public record IngestProperties(
    @DefaultValue("data/drop") Path dropFolder,
    @DefaultValue("0 30 2 * * *") String cron,
    @DefaultValue("7") int keepSnapshots,
    @Nullable Path previousFolder) {

  public IngestProperties {
    Objects.requireNonNull(dropFolder, "dropFolder");
    Objects.requireNonNull(cron, "cron");
    if (keepSnapshots < 1) {
      throw new IllegalArgumentException(
          "opencsc.ingest.keep-snapshots must be at least 1, not " + keepSnapshots);
    }
  }
}
