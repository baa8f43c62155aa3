package org.opencsc.generator.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenCSC's CSV layout of the children's social work workforce census: the DfE's XML message (CSWW
 * XSD, SocialFinanceDigitalLabs liia-tools-pipeline {@code csww_schema_<year>.xsd}) as three tables
 * whose columns are the XSD's element names. The worker table holds one row per CSWWWorker; the
 * absence table the worker's repeating Absat30Sept / ReasonAbsence, keyed by SWENo; the LA-level
 * table the one LALevelVacancies element, with the header's ReferenceDate. Columns change with the
 * census year (named by its 30 September): 2025 drops QualInst and CFKSSstatus and adds the pay
 * items and the LA-level allowances.
 */
enum CswwTable implements CsvTables.Table {
  WORKER("csww_worker.csv"),
  ABSENCE("csww_absence.csv"),
  LA_LEVEL("csww_la_level.csv");

  /** The first census year with the 2025 columns; earlier years are written as 2024's. */
  static final int YEAR_2025 = 2025;

  private final String fileName;

  CswwTable(String fileName) {
    this.fileName = fileName;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  /** The latest year's columns. */
  @Override
  public List<String> columns() {
    return columns(YEAR_2025);
  }

  /** The columns of the census year ending 30 September {@code year}. */
  List<String> columns(int year) {
    boolean from2025 = year >= YEAR_2025;
    List<String> columns = new ArrayList<>();
    switch (this) {
      case WORKER -> {
        columns.addAll(List.of("AgencyWorker", "SWENo", "FTE", "PersonBirthDate", "Sex"));
        columns.add("Ethnicity");
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
          columns.addAll(
              List.of(
                  "RecruitmentBonus",
                  "RetentionBonus",
                  "PerformanceAward",
                  "CarAllowance",
                  "RelocationPackage",
                  "RegionalWeighting",
                  "CostSWE",
                  "CostDBS",
                  "OtherAllowances"));
        }
      }
    }
    return List.copyOf(columns);
  }
}
