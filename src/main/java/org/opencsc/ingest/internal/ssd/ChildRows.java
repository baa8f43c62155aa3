package org.opencsc.ingest.internal.ssd;

import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Row checks of ssd_person and ssd_disability, staged for the core transform to merge with what the
 * CIN census and SSDA903 say about the same children (they win where they disagree). The database
 * refuses a child without sex, ethnicity or a (expected) date of birth, so what the SSD leaves
 * blank is staged as the DfE's "not known" codes and flagged, where one exists.
 */
final class ChildRows {

  static final String FAMILY = "SSD";

  /** After the CIN census (1) and SSDA903 (2). */
  static final int PRECEDENCE = 3;

  private ChildRows() {}

  static @Nullable Object[] person(SsdRow row, SsdRules rules) throws SQLException {
    String child = row.child("pers_person_id");
    String sex = row.code("pers_sex", rules.codes(), false, true);
    if (sex == null && row.text("pers_sex") == null) {
      row.query("pers_sex", null, "MISSING_VALUE", "sex not recorded: loaded as U (unknown)");
      sex = "U";
    }
    String ethnicity = row.code("pers_ethnicity", rules.codes(), false, false);
    if (ethnicity == null) {
      row.query(
          "pers_ethnicity",
          null,
          "MISSING_VALUE",
          "ethnicity not recorded: loaded as NOBT (information not yet obtained)");
      ethnicity = "NOBT";
    }
    LocalDate dob = row.date("pers_dob", false);
    LocalDate expected = row.date("pers_expected_dob", false);
    if (dob == null && expected == null && !row.rejected()) {
      row.error("pers_dob", null, "MISSING_VALUE", "neither pers_dob nor pers_expected_dob");
    }
    LocalDate death = row.date("pers_death_date", false);
    row.checkOrder("pers_dob", dob, "pers_death_date", death);
    return new Object[] {
      FAMILY,
      PRECEDENCE,
      child,
      upnUnknown(row, rules),
      sex,
      dob,
      expected,
      death,
      ethnicity,
      row.flag("pers_is_mother")
    };
  }

  /** UN1-UN7, or nothing: another value is flagged and left out (the database would refuse it). */
  private static @Nullable String upnUnknown(SsdRow row, SsdRules rules) throws SQLException {
    String value = row.text("pers_upn_unknown");
    if (value == null) {
      return null;
    }
    String code = value.toUpperCase(java.util.Locale.ROOT);
    if (rules.codes().allows("pers_upn_unknown", code)) {
      return code;
    }
    row.query("pers_upn_unknown", value, "UNKNOWN_CODE", "not UN1-UN7: loaded without it");
    return null;
  }

  static @Nullable Object[] disability(SsdRow row, SsdRules rules) throws SQLException {
    String child = row.child("disa_person_id");
    String code = row.code("disa_disability_code", rules.codes(), true, true);
    return new Object[] {child, code};
  }
}
