package org.opencsc.ingest.internal.ssd;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Row checks of a child's case: ssd_involvements (the allocated social worker's only; other
 * involvements are not allocations and are passed over), ssd_contacts and ssd_early_help_episodes.
 */
final class CaseRows {

  private CaseRows() {}

  static @Nullable Object[] involvement(SsdRow row, SsdRules rules) throws SQLException {
    String role = row.text("invo_professional_role_id");
    if (role != null
        && !rules.codes().allows("invo_professional_role_id", role.toUpperCase(Locale.ROOT))) {
      return null;
    }
    String id = row.required("invo_involvements_id");
    String child = row.child("invo_person_id");
    String worker = row.text("invo_professional_id");
    if (worker == null) {
      row.error(
          "invo_professional_id",
          null,
          "MISSING_VALUE",
          "an involvement without a worker is not an allocation");
    }
    LocalDate start = row.date("invo_involvement_start_date", true);
    LocalDate end = row.date("invo_involvement_end_date", false);
    row.checkOrder("invo_involvement_start_date", start, "invo_involvement_end_date", end);
    String reason = row.code("invo_worker_change_reason", rules.codes(), false, false);
    return new Object[] {id, worker, row.text("invo_professional_team"), child, start, end, reason};
  }

  static @Nullable Object[] contact(SsdRow row, SsdRules rules) throws SQLException {
    String id = row.required("cont_contact_id");
    String child = row.child("cont_person_id");
    LocalDate date = row.date("cont_contact_date", true);
    String source = row.code("cont_contact_source_code", rules.codes(), true, false);
    String json = row.required("cont_contact_outcome_json");
    String outcome = null;
    if (json != null) {
      ContactOutcome.Read read = ContactOutcome.read(json);
      outcome = read.outcome();
      if (outcome == null) {
        row.error(
            "cont_contact_outcome_json", json, "OUTCOME_FORMAT", String.valueOf(read.problem()));
      } else if (read.problem() != null) {
        row.query(
            "cont_contact_outcome_json",
            json,
            "OUTCOME_UNCLEAR",
            read.problem() + ": loaded as NFA");
      }
    }
    return new Object[] {id, child, date, source, outcome};
  }

  static @Nullable Object[] earlyHelp(SsdRow row, SsdRules rules) throws SQLException {
    String id = row.required("earl_episode_id");
    String child = row.child("earl_person_id");
    LocalDate start = row.date("earl_episode_start_date", true);
    LocalDate end = row.date("earl_episode_end_date", false);
    row.checkOrder("earl_episode_start_date", start, "earl_episode_end_date", end);
    return new Object[] {
      id,
      child,
      start,
      end,
      row.text("earl_episode_reason"),
      row.text("earl_episode_end_reason"),
      row.required("earl_episode_organisation"),
      row.text("earl_episode_worker_id")
    };
  }
}
