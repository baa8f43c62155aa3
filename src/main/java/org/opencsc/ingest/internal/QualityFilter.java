package org.opencsc.ingest.internal;

import org.jspecify.annotations.Nullable;
import org.opencsc.ingest.Severity;

/**
 * Which findings the data quality page lists (null: any). A team filter is a team id or one of the
 * two groups that are no team: {@link #UNALLOCATED} (findings about a child with no allocation open
 * on the snapshot's date) and {@link #NO_CHILD} (findings about a whole file or a row naming no
 * child). {@code since} is {@link #NEW} (not in the previous loaded run) or {@link #OPEN} (found by
 * it too). None of these is a child's data, so they may go in an address; {@code child} is, and
 * only ever goes in a path ({@code /data-quality/children/{id}}), never in a query string.
 */
public record QualityFilter(
    @Nullable String team,
    @Nullable String worker,
    @Nullable String rule,
    @Nullable Severity severity,
    @Nullable String since,
    @Nullable String child) {

  public static final String UNALLOCATED = "_unallocated";
  public static final String NO_CHILD = "_none";
  public static final String NEW = "new";
  public static final String OPEN = "open";

  public static final QualityFilter ALL = new QualityFilter(null, null, null, null, null, null);

  public QualityFilter(
      @Nullable String team,
      @Nullable String worker,
      @Nullable String rule,
      @Nullable Severity severity) {
    this(team, worker, rule, severity, null, null);
  }

  public QualityFilter {
    if (since != null && !since.equals(NEW) && !since.equals(OPEN)) {
      throw new IllegalArgumentException("since is new or open, not " + since);
    }
  }

  /** One child's findings, every rule and severity. */
  public static QualityFilter child(String childId) {
    return new QualityFilter(null, null, null, null, null, childId);
  }

  public boolean isAll() {
    return team == null && worker == null && rule == null && severity == null && since == null;
  }

  /** The same rule, severity and since, any team or worker: what the by-team table counts. */
  public QualityFilter anyTeamOrWorker() {
    return new QualityFilter(null, null, rule, severity, since, child);
  }

  /** The same team, rule, severity and since, any worker: what the by-worker table counts. */
  public QualityFilter anyWorker() {
    return new QualityFilter(team, null, rule, severity, since, child);
  }

  /**
   * The same filter, new or still open alike: what the history counts and the fixed findings (which
   * are neither) go by.
   */
  public QualityFilter anySince() {
    return new QualityFilter(team, worker, rule, severity, null, child);
  }

  /** The same filter with {@code since}. */
  public QualityFilter withSince(@Nullable String value) {
    return new QualityFilter(team, worker, rule, severity, value, child);
  }
}
