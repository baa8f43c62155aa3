package org.opencsc.ingest.internal.csww;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks of a row of the worker table (one CSWWWorker role). An employed worker (AgencyWorker 0)
 * needs SWENo, FTE (more than 0), OrgRole and RoleStartDate to load; the census expects date of
 * birth, sex, ethnicity, qualification level and working days lost too, the reason for leaving and
 * destination of a leaver, the origin of a starter and FTE30 of anyone in post on 30 September
 * (blank: a query). An agency worker (AgencyWorker 1) is in the census only as in post on 30
 * September, with SWENo, OrgRole and FTE30 (and Cases30); any other field given is ignored, with a
 * query.
 */
final class WorkerRows {

  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal ZERO = BigDecimal.ZERO;

  /** Fields the census does not collect for agency workers. */
  private static final List<String> NOT_FOR_AGENCY =
      List.of(
          "FTE",
          "PersonBirthDate",
          "Sex",
          "Ethnicity",
          "QualInst",
          "QualLevel",
          "StepUpGrad",
          "RoleStartDate",
          "StartOrigin",
          "RoleEndDate",
          "LeaverDestination",
          "ReasonLeave",
          "WorkingDaysLost",
          "ContractWeeks",
          "FrontlineGrad",
          "CFKSSstatus",
          "BaseSalary",
          "RRPayments",
          "OtherPayments");

  private WorkerRows() {}

  static @Nullable Object[] check(CswwRow row, CswwRules rules) throws SQLException {
    String agency = row.code("AgencyWorker", true);
    String sweNo = row.sweNo("SWENo");
    String role = row.code("OrgRole", true);
    Integer cases = row.count("Cases30", false);
    if (agency == null) {
      return null;
    }
    return agency.equals("1")
        ? agency(row, sweNo, role)
        : employed(row, rules.census(), sweNo, role, cases);
  }

  private static @Nullable Object[] agency(
      CswwRow row, @Nullable String sweNo, @Nullable String role) throws SQLException {
    BigDecimal fte = fte(row, "FTE30", true);
    List<String> ignored = NOT_FOR_AGENCY.stream().filter(c -> row.text(c) != null).toList();
    if (!ignored.isEmpty()) {
      row.query(
          ignored.get(0),
          String.join(", ", ignored),
          "NOT_COLLECTED_FOR_AGENCY",
          "the census does not collect these for agency workers: ignored");
    }
    return new Object[] {sweNo, true, role, fte, null, null, null, null};
  }

  private static @Nullable Object[] employed(
      CswwRow row,
      CensusYear census,
      @Nullable String sweNo,
      @Nullable String role,
      @Nullable Integer cases)
      throws SQLException {
    BigDecimal fte = fte(row, "FTE", true);
    LocalDate start = row.date("RoleStartDate", true);
    LocalDate end = row.date("RoleEndDate", false);
    row.checkOrder("RoleStartDate", start, "RoleEndDate", end);
    inYear(row, census, start, end);
    characteristics(row, start, census);
    String reason = leaving(row, end);
    fte(row, "FTE30", false);
    if (end == null || !end.isBefore(census.referenceDate())) {
      row.expected("FTE30", "of a worker in post on 30 September");
    }
    BigDecimal daysLost = row.decimal("WorkingDaysLost", false, 2, ZERO, BigDecimal.valueOf(366));
    row.expected("WorkingDaysLost", "of an employed worker (0 when none): loaded as 0");
    row.decimal("ContractWeeks", false, 1, ZERO, BigDecimal.valueOf(53));
    for (String pay : List.of("BaseSalary", "RRPayments", "OtherPayments")) {
      row.decimal(pay, false, 2, ZERO, null);
    }
    return new Object[] {
      sweNo, false, role, fte, start, end, reason, daysLost == null ? ZERO : daysLost
    };
  }

  /** FTE: 0 to 1 with at most six decimals (the XSD's ftetype); 0 cannot be loaded. */
  private static @Nullable BigDecimal fte(CswwRow row, String column, boolean toLoad)
      throws SQLException {
    BigDecimal fte = row.decimal(column, toLoad, 6, ZERO, ONE);
    if (toLoad && fte != null && fte.signum() == 0) {
      row.error(
          column,
          row.text(column),
          "OUT_OF_RANGE",
          "an FTE of 0 cannot be loaded: more than 0 and at most 1");
      return null;
    }
    return fte;
  }

  /**
   * The role must belong to the census year: started by 30 September, not left before 1 October.
   */
  private static void inYear(
      CswwRow row, CensusYear census, @Nullable LocalDate start, @Nullable LocalDate end)
      throws SQLException {
    if (start != null && start.isAfter(census.referenceDate())) {
      row.error(
          "RoleStartDate",
          start.toString(),
          "NOT_IN_CENSUS_YEAR",
          "after " + census.referenceDate() + ", the end of " + census);
    }
    if (end != null && end.isBefore(census.start())) {
      row.error(
          "RoleEndDate",
          end.toString(),
          "NOT_IN_CENSUS_YEAR",
          "before " + census.start() + ", the start of " + census);
    }
    if (end != null && end.isAfter(census.referenceDate())) {
      row.error(
          "RoleEndDate",
          end.toString(),
          "NOT_IN_CENSUS_YEAR",
          "after " + census.referenceDate() + ": on the reference date the worker was in post");
    }
  }

  private static void characteristics(CswwRow row, @Nullable LocalDate start, CensusYear census)
      throws SQLException {
    row.date("PersonBirthDate", false);
    row.expected("PersonBirthDate", "of an employed worker");
    for (String code : List.of("Sex", "Ethnicity", "QualLevel")) {
      row.code(code, false);
      row.expected(code, "of an employed worker");
    }
    if (census.year() < CswwTable.YEAR_2025) {
      row.code("CFKSSstatus", false);
      row.expected("QualInst", "of an employed worker");
    }
    row.code("StepUpGrad", false);
    row.code("FrontlineGrad", false);
    row.code("StartOrigin", false);
    if (start != null
        && !start.isBefore(census.start())
        && !start.isAfter(census.referenceDate())) {
      row.expected("StartOrigin", "of a worker who started in the year");
    }
  }

  /** ReasonLeave, as its code list names it; expected with a RoleEndDate, ignored without one. */
  private static @Nullable String leaving(CswwRow row, @Nullable LocalDate end)
      throws SQLException {
    String reason = row.code("ReasonLeave", false);
    row.code("LeaverDestination", false);
    if (end == null) {
      if (reason != null) {
        row.query(
            "ReasonLeave", reason, "REASON_WITHOUT_END", "no RoleEndDate: not a leaver, ignored");
      }
      return null;
    }
    row.expected("ReasonLeave", "of a leaver");
    row.expected("LeaverDestination", "of a leaver");
    return reason == null
        ? null
        : row.rules().codes().meaning("ReasonLeave", reason).orElse(reason);
  }
}
