package org.opencsc.ingest.internal;

import org.jspecify.annotations.Nullable;

/**
 * A row of the data quality page's by-team table: one team's findings by severity, or those of the
 * unallocated children or of no child ({@link QualityFilter#UNALLOCATED}, {@link
 * QualityFilter#NO_CHILD}).
 *
 * @param teamKey the team id, or one of the two group keys
 * @param teamName the team's name; null for the two groups
 * @param files whole-file findings (only ever in the no-child group)
 * @param children the children the findings name (none in the no-child group)
 */
public record QualityGroup(
    String teamKey,
    @Nullable String teamName,
    long errors,
    long queries,
    long files,
    long total,
    long children) {

  /** True for a team, false for the unallocated and no-child groups. */
  public boolean isTeam() {
    return !teamKey.equals(QualityFilter.UNALLOCATED) && !teamKey.equals(QualityFilter.NO_CHILD);
  }
}
