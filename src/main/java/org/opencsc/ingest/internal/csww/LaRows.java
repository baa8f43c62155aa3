package org.opencsc.ingest.internal.csww;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Checks of the absence table (a worker's Absat30Sept with its ReasonAbsence) and of the LA-level
 * table (the header's ReferenceDate and LALevelVacancies).
 */
final class LaRows {

  private LaRows() {}

  /** Absat30Sept 1 needs a ReasonAbsence; 0 must not have one (and loads nothing). */
  static @Nullable Object[] absence(CswwRow row, CswwRules rules) throws SQLException {
    String sweNo = row.sweNo("SWENo");
    String absent = row.code("Absat30Sept", true);
    String reason = row.code("ReasonAbsence", false);
    if ("1".equals(absent) && reason == null && row.text("ReasonAbsence") == null) {
      row.error(
          "ReasonAbsence", null, "MISSING_VALUE", "Absat30Sept is 1: why was the worker absent?");
    }
    if ("0".equals(absent) && reason != null) {
      row.error(
          "ReasonAbsence",
          reason,
          "REASON_WITHOUT_ABSENCE",
          "Absat30Sept is 0: the worker was not absent");
    }
    return new Object[] {sweNo, "1".equals(absent), reason};
  }

  /** The one LA-level record: vacancies and agency cover on the reference date. */
  static @Nullable Object[] laLevel(CswwRow row, CswwRules rules) throws SQLException {
    LocalDate date = row.date("ReferenceDate", true);
    LocalDate expected = rules.census().referenceDate();
    if (date != null && !date.equals(expected)) {
      row.error(
          "ReferenceDate",
          date.toString(),
          "REFERENCE_DATE",
          "this run's census is " + rules.census() + " (reference date " + expected + ")");
    }
    BigDecimal vacancies = row.decimal("NumberOfVacancies", true, 2, BigDecimal.ZERO, null);
    BigDecimal agencyFte = row.decimal("NoAgencyFTE", true, 2, BigDecimal.ZERO, null);
    Integer agencyHeads = row.count("NoAgencyHeadcount", true);
    if (rules.census().year() >= CswwTable.YEAR_2025) {
      for (String allowance : CswwTable.ALLOWANCES) {
        row.code(allowance, false);
        row.expected(allowance, "(0 no, 1 all, 2 some LA-employed social workers eligible)");
      }
    }
    return new Object[] {expected, vacancies, agencyFte, agencyHeads};
  }
}
