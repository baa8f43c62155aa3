package org.opencsc.ingest.internal.ssd;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Row checks of the organisation's tables: ssd_department, ssd_professionals and OpenCSC's
 * extensions opencsc_professional_tenure and opencsc_supervisions. Each returns the staging values,
 * or null when the row is not staged.
 */
final class OrganisationRows {

  private OrganisationRows() {}

  static @Nullable Object[] department(SsdRow row, SsdRules rules) throws SQLException {
    String id = row.required("dept_team_id");
    String name = row.required("dept_team_name");
    String parent = row.text("dept_team_parent_id");
    return new Object[] {id, name, parent, row.text("dept_team_parent_name")};
  }

  static @Nullable Object[] professional(SsdRow row, SsdRules rules) throws SQLException {
    String id = row.required("prof_professional_id");
    String name = row.required("prof_professional_name");
    int orgRole = orgRole(row, rules);
    Boolean agency = row.flag("prof_agency_worker_flag");
    if (agency == null && row.text("prof_agency_worker_flag") == null) {
      row.query(
          "prof_agency_worker_flag",
          null,
          "MISSING_VALUE",
          "not known whether an agency worker: loaded as not");
    }
    return new Object[] {
      id,
      name,
      row.text("prof_social_worker_registration_no"),
      orgRole,
      JobTitles.caseHolding(orgRole),
      row.text("prof_professional_department"),
      fte(row),
      agency != null && agency
    };
  }

  private static int orgRole(SsdRow row, SsdRules rules) throws SQLException {
    String title = row.text("prof_professional_job_title");
    OptionalInt role = title == null ? OptionalInt.empty() : rules.titles().orgRole(title);
    if (role.isPresent()) {
      return role.getAsInt();
    }
    row.query(
        "prof_professional_job_title",
        title,
        "JOB_TITLE_UNKNOWN",
        "a job title OpenCSC does not know (job-titles.csv): loaded as a case-holding social"
            + " worker");
    return JobTitles.UNKNOWN_ROLE;
  }

  /** Full-time equivalence, more than 0 and at most 1; anything else is loaded as 1, flagged. */
  private static BigDecimal fte(SsdRow row) throws SQLException {
    String text = row.text("prof_full_time_equivalency");
    BigDecimal fte = null;
    try {
      fte = text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      fte = null;
    }
    if (fte != null && fte.signum() > 0 && fte.compareTo(BigDecimal.ONE) <= 0) {
      return fte;
    }
    row.query(
        "prof_full_time_equivalency",
        text,
        text == null ? "MISSING_VALUE" : "FTE_OUT_OF_RANGE",
        "a full-time equivalence is more than 0 and at most 1: loaded as 1");
    return BigDecimal.ONE;
  }

  static @Nullable Object[] tenure(SsdRow row, SsdRules rules) throws SQLException {
    String worker = row.required("tenu_professional_id");
    LocalDate start = row.date("tenu_start_date", true);
    LocalDate end = row.date("tenu_end_date", false);
    row.checkOrder("tenu_start_date", start, "tenu_end_date", end);
    return new Object[] {
      worker,
      row.text("tenu_team_id"),
      start,
      end,
      row.text("tenu_end_reason"),
      row.text("tenu_manager_id")
    };
  }

  static @Nullable Object[] supervision(SsdRow row, SsdRules rules) throws SQLException {
    String id = row.required("supe_supervision_id");
    String worker = row.required("supe_worker_id");
    String supervisor = row.required("supe_supervisor_id");
    LocalDate date = row.date("supe_supervision_date", true);
    if (worker != null && worker.equals(supervisor)) {
      row.error(
          "supe_supervisor_id", supervisor, "SUPERVISOR_IS_WORKER", "nobody supervises themself");
    }
    return new Object[] {id, worker, supervisor, date};
  }
}
