package org.opencsc.ingest.internal.csww;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * OpenCSC's CSV layout of the workforce census: the DfE XML message as three tables whose columns
 * are the XSD's element names ({@code csww_schema_<year>.xsd}). Each is recognised by columns only
 * it has; the columns a file must have depend on the census year: 2025 drops QualInst and
 * CFKSSstatus and adds the pay items (BaseSalary, RRPayments, OtherPayments) and the LA-level
 * allowances.
 */
enum CswwTable {
  WORKER(
      "workers",
      "stage_csww_worker",
      "swe_no, agency_worker, org_role, fte, role_start_date, role_end_date, reason_leave,"
          + " working_days_lost",
      WorkerRows::check,
      "AgencyWorker",
      "OrgRole"),
  ABSENCE(
      "absences",
      "stage_csww_absence",
      "swe_no, absent, reason_absence",
      LaRows::absence,
      "SWENo",
      "Absat30Sept"),
  LA_LEVEL(
      "LA level",
      "stage_csww_la_level",
      "reference_date, number_of_vacancies, no_agency_fte, no_agency_headcount",
      LaRows::laLevel,
      "NumberOfVacancies",
      "NoAgencyHeadcount");

  /** The first census year with the 2025 columns; earlier years have 2024's. */
  static final int YEAR_2025 = 2025;

  /** The LA-level allowances of 2025, each 0 no, 1 all, 2 some LA-employed social workers. */
  static final List<String> ALLOWANCES =
      List.of(
          "RecruitmentBonus",
          "RetentionBonus",
          "PerformanceAward",
          "CarAllowance",
          "RelocationPackage",
          "RegionalWeighting",
          "CostSWE",
          "CostDBS");

  /** Checks one row; returns the values to stage (after source_file, source_row) or null. */
  @FunctionalInterface
  interface RowCheck {
    @Nullable Object[] check(CswwRow row, CswwRules rules) throws SQLException;
  }

  private final String label;
  private final String stagingTable;
  private final String stagingColumns;
  private final RowCheck check;
  private final List<String> signature;

  CswwTable(
      String label,
      String stagingTable,
      String stagingColumns,
      RowCheck check,
      String... signature) {
    this.label = label;
    this.stagingTable = stagingTable;
    this.stagingColumns = "source_file, source_row, " + stagingColumns;
    this.check = check;
    this.signature = List.of(signature);
  }

  /** How reports name the table: {@code CSWW workers}. */
  String label() {
    return label;
  }

  String stagingTable() {
    return stagingTable;
  }

  String stagingColumns() {
    return stagingColumns;
  }

  RowCheck check() {
    return check;
  }

  /** The table whose columns the header (lower-cased names) has, if any. */
  static Optional<CswwTable> recognise(Set<String> header) {
    return Arrays.stream(values())
        .filter(t -> t.signature.stream().allMatch(c -> header.contains(c.toLowerCase())))
        .findFirst();
  }

  static Optional<CswwTable> byLabel(String label) {
    return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
  }

  /** The columns a file of the census year must have, in the DfE's order. */
  List<String> columns(int year) {
    boolean from2025 = year >= YEAR_2025;
    List<String> columns = new ArrayList<>();
    switch (this) {
      case WORKER -> {
        columns.addAll(
            List.of("AgencyWorker", "SWENo", "FTE", "PersonBirthDate", "Sex", "Ethnicity"));
        if (!from2025) {
          columns.add("QualInst");
        }
        columns.addAll(
            List.of(
                "QualLevel",
                "StepUpGrad",
                "OrgRole",
                "RoleStartDate",
                "StartOrigin",
                "RoleEndDate",
                "LeaverDestination",
                "ReasonLeave",
                "FTE30",
                "Cases30",
                "WorkingDaysLost",
                "ContractWeeks",
                "FrontlineGrad"));
        columns.addAll(
            from2025
                ? List.of("BaseSalary", "RRPayments", "OtherPayments")
                : List.of("CFKSSstatus"));
      }
      case ABSENCE -> columns.addAll(List.of("SWENo", "Absat30Sept", "ReasonAbsence"));
      case LA_LEVEL -> {
        columns.addAll(
            List.of("ReferenceDate", "NumberOfVacancies", "NoAgencyFTE", "NoAgencyHeadcount"));
        if (from2025) {
          columns.addAll(ALLOWANCES);
          columns.add("OtherAllowances");
        }
      }
    }
    return List.copyOf(columns);
  }
}
