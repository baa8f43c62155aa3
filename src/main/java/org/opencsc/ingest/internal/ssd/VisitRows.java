package org.opencsc.ingest.internal.ssd;

import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Row checks of the visit tables and of ssd_cp_plans (read only to find the plan a CP visit belongs
 * to). A blank or absent "seen" flag reads as seen, the schema's default: extracts made before the
 * SSD added the field have no column for it.
 */
final class VisitRows {

  private VisitRows() {}

  static @Nullable Object[] cinVisit(SsdRow row, SsdRules rules) throws SQLException {
    return visit(row, "cinv_cin_visit_id", "cinv_person_id", "cinv_cin_visit");
  }

  static @Nullable Object[] claVisit(SsdRow row, SsdRules rules) throws SQLException {
    return visit(row, "clav_cla_visit_id", "clav_person_id", "clav_cla_visit");
  }

  private static Object[] visit(SsdRow row, String id, String person, String prefix)
      throws SQLException {
    String visit = row.required(id);
    String child = row.child(person);
    LocalDate date = row.date(prefix + "_date", true);
    Boolean seen = row.flag(prefix + "_seen");
    Boolean alone = row.flag(prefix + "_seen_alone");
    return new Object[] {visit, child, date, seen == null || seen, alone};
  }

  static @Nullable Object[] cpPlan(SsdRow row, SsdRules rules) throws SQLException {
    String id = row.required("cppl_cp_plan_id");
    String child = row.child("cppl_person_id");
    LocalDate start = row.date("cppl_cp_plan_start_date", true);
    LocalDate end = row.date("cppl_cp_plan_end_date", false);
    row.checkOrder("cppl_cp_plan_start_date", start, "cppl_cp_plan_end_date", end);
    return new Object[] {id, child, start, end};
  }

  static @Nullable Object[] cpVisit(SsdRow row, SsdRules rules) throws SQLException {
    String visit = row.required("cppv_cp_visit_id");
    String child = row.child("cppv_person_id");
    String plan = row.required("cppv_cp_plan_id");
    LocalDate date = row.date("cppv_cp_visit_date", true);
    Boolean seen = row.flag("cppv_cp_visit_seen");
    Boolean alone = row.flag("cppv_cp_visit_seen_alone");
    return new Object[] {visit, child, plan, date, seen == null || seen, alone};
  }
}
