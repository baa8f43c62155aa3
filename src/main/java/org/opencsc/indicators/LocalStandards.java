package org.opencsc.indicators;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council's own standards where England has none ({@code opencsc.indicators.local-standards.*};
 * defaults from shared/docs/indicators.md). Every definition may read them as named parameters:
 * {@code :seen_within_working_days}, {@code :cp_visit_working_days}, {@code
 * :cin_visit_working_days}, {@code :supervision_working_days}, {@code :caseload_threshold}.
 *
 * @param seenWithinWorkingDays a child is seen within this many working days of referral
 * @param cpVisitWorkingDays a child on a protection plan is visited at least this often
 * @param cinVisitWorkingDays a child in need is visited at least this often
 * @param supervisionWorkingDays a case-holding worker is supervised at least this often
 * @param caseloadThreshold children per full-time worker above which a caseload is too high
 */
@ConfigurationProperties("opencsc.indicators.local-standards")
public record LocalStandards(
    @DefaultValue("5") int seenWithinWorkingDays,
    @DefaultValue("10") int cpVisitWorkingDays,
    @DefaultValue("20") int cinVisitWorkingDays,
    @DefaultValue("20") int supervisionWorkingDays,
    @DefaultValue("18") int caseloadThreshold) {

  public LocalStandards {
    if (seenWithinWorkingDays < 1
        || cpVisitWorkingDays < 1
        || cinVisitWorkingDays < 1
        || supervisionWorkingDays < 1
        || caseloadThreshold < 1) {
      throw new IllegalArgumentException(
          "opencsc.indicators.local-standards: every standard must be at least 1");
    }
  }
}
