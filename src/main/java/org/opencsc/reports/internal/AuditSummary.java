package org.opencsc.reports.internal;

import java.util.List;
import java.util.Objects;
import org.opencsc.audits.ResultRow;
import org.opencsc.audits.ThemeCount;

/**
 * Case audits as a board pack shows them: the council's graded audits for each of the last quarters
 * (final grades: the moderated one once moderated) and the learning themes most often tagged.
 * Figures only.
 *
 * @param quarters the council's results, oldest quarter first
 * @param themes the most used learning themes, most used first
 */
public record AuditSummary(List<ResultRow> quarters, List<ThemeCount> themes) {

  /** How many quarters a pack shows. */
  public static final int QUARTERS = 4;

  /** How many learning themes a pack shows. */
  public static final int THEMES = 5;

  public AuditSummary {
    Objects.requireNonNull(quarters, "quarters");
    quarters = List.copyOf(quarters);
    themes = List.copyOf(themes);
  }
}
