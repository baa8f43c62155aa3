package org.opencsc.ingest.internal.ssd;

import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Row checks of ssd_cin_assessments, which is read for the two things the CIN census does not
 * carry: the day the child was seen ({@code cina_assessment_child_seen}) and whether the child was
 * found in need ({@code cina_assessment_outcome_nfa}: Y is no further action, not in need). The
 * assessments themselves come from the CIN census (or Annex A); {@code assessments.sql} finds each
 * SSD row's assessment by child and start date. The SSD's data model declares {@code
 * cina_assessment_child_seen} a Y/N flag, which says whether but not when: a flag is accepted and
 * staged as {@code seen_flag}, without a date. Team, worker and the outcome JSON are not read (the
 * snapshot attributes an assessment through the child's allocations).
 */
final class AssessmentRows {

  static final String SEEN = "cina_assessment_child_seen";

  /** The snapshot refuses a child seen more than this many days before the assessment started. */
  static final int SEEN_DAYS_BEFORE_START = 30;

  private AssessmentRows() {}

  static @Nullable Object[] assessment(SsdRow row, SsdRules rules) throws SQLException {
    String id = row.required("cina_assessment_id");
    String child = row.child("cina_person_id");
    LocalDate start = row.date("cina_assessment_start_date", true);
    LocalDate authorised = row.date("cina_assessment_auth_date", false);
    row.checkOrder("cina_assessment_start_date", start, "cina_assessment_auth_date", authorised);
    String seenText = row.text(SEEN);
    Boolean seenFlag = seenText == null ? null : SsdRow.parseFlag(seenText);
    LocalDate seen = seenText == null || seenFlag != null ? null : seenDate(row, seenText);
    if (seen != null && start != null && seen.isBefore(start.minusDays(SEEN_DAYS_BEFORE_START))) {
      row.error(
          SEEN,
          seen.toString(),
          "SEEN_BEFORE_START",
          "more than "
              + SEEN_DAYS_BEFORE_START
              + " days before cina_assessment_start_date "
              + start);
    }
    Boolean nfa = row.flag("cina_assessment_outcome_nfa");
    return new Object[] {
      id, child, row.text("cina_referral_id"), start, authorised, seen, seenFlag, nfa
    };
  }

  /** The day the child was seen; null when blank or SQL Server's empty date, or not a date. */
  private static @Nullable LocalDate seenDate(SsdRow row, String text) throws SQLException {
    LocalDate date = SsdDates.parse(text);
    if (date == null) {
      row.error(
          SEEN, text, "DATE_FORMAT", "not a date (yyyy-mm-dd, or dd/mm/yyyy), nor a Y/N flag");
      return null;
    }
    return date.equals(SsdDates.NONE) ? null : date;
  }
}
