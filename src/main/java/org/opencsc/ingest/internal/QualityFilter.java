package org.opencsc.ingest.internal;

import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Severity;

/**
 * Which findings the data quality page lists (null: any). A team filter is a team id or one of the
 * two groups that are no team: {@link #UNALLOCATED} (findings about a child with no allocation open
 * on the snapshot's date) and {@link #NO_CHILD} (findings about a whole file or a row naming no
 * child). None of these is a child's data, so they may go in an address.
 */
public record QualityFilter(
    @Nullable String team,
    @Nullable String worker,
    @Nullable String rule,
    @Nullable Severity severity) {

  public static final String UNALLOCATED = "_unallocated";
  public static final String NO_CHILD = "_none";

  public static final QualityFilter ALL = new QualityFilter(null, null, null, null);

  public boolean isAll() {
    return team == null && worker == null && rule == null && severity == null;
  }

  /** The same rule and severity, any team or worker: what the by-team table counts. */
  public QualityFilter anyTeamOrWorker() {
    return new QualityFilter(null, null, rule, severity);
  }

  /** The same team, rule and severity, any worker: what the by-worker table counts. */
  public QualityFilter anyWorker() {
    return new QualityFilter(team, null, rule, severity);
  }
}
