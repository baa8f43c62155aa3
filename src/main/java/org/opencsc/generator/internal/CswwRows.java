package org.opencsc.generator.internal;

import static org.opencsc.generator.internal.Formats.isoDate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opencsc.generator.model.Organisation;

/**
 * What goes in each row of the workforce census, by the XSD's element names ({@link CswwTable}
 * picks the year's columns). The role, agency, FTE, dates, reason for leaving and working days lost
 * are the loaded worker's; what the council's records hold but OpenCSC does not load (date of
 * birth, sex, ethnicity, qualification, pay, destination) is drawn from a stream of the worker's
 * own, so the same worker always gets the same. Agency workers are in the census only when in post
 * on 30 September, with AgencyWorker 1 and only the items the census collects for them (SWENo,
 * OrgRole, FTE30, Cases30).
 */
final class CswwRows {

  /** ReasonLeave code by the text the generator records (the XSD's documentation of the code). */
  static final Map<String, String> REASON_LEAVE =
      Map.of(
          "Resignation", "1",
          "Voluntary Redundancy", "2",
          "Compulsory Redundancy", "3",
          "Dismissed", "4",
          "Retired", "5",
          "Deceased", "6",
          "Moved to a Non-child and Family Social Work Role Within LA", "7",
          "Other", "8",
          "Not Known", "9",
          "Not Yet Collected", "10");

  private static final Weighted ETHNICITY =
      new Weighted(
          "WBRI:62",
          "WIRI:1",
          "WOTH:6",
          "MWBC:2",
          "MWBA:1",
          "MWAS:1",
          "MOTH:1",
          "AIND:2",
          "APKN:2",
          "ABAN:1",
          "AOTH:1",
          "BCRB:4",
          "BAFR:9",
          "BOTH:1",
          "CHNE:0.5",
          "OOTH:1.5",
          "REFU:2",
          "NOBT:2");
  private static final Weighted QUAL_LEVEL = new Weighted("1:55", "2:40", "3:5");
  private static final Weighted START_ORIGIN =
      new Weighted("1:30", "2:30", "3:3", "4:15", "5:5", "6:7", "7:3", "8:3", "9:4");
  private static final Weighted LEAVER_DESTINATION =
      new Weighted("1:30", "2:3", "3:20", "4:8", "5:7", "6:12", "7:5", "8:15");
  private static final String[] INSTITUTIONS = {
    "University of Exampleshire", "Northfield University", "Westbridge College", "Open University"
  };
  private static final int[] SALARY_BY_ROLE = {0, 105_000, 68_000, 52_000, 45_000, 39_000, 37_000};

  private CswwRows() {}

  /** The row of a worker in the census year, or null when not in it. */
  static @Nullable Map<String, String> worker(
      Organisation.Worker w, CensusYear census, Caseloads caseloads, String laCode) {
    LocalDate end = w.roleEndDate();
    boolean inPost = census.inPostAtReference(w.roleStartDate(), end);
    if (w.agencyWorker() ? !inPost : !census.overlaps(w.roleStartDate(), end)) {
      return null;
    }
    Map<String, String> row = new HashMap<>();
    row.put("AgencyWorker", w.agencyWorker() ? "1" : "0");
    row.put("SWENo", w.sweNo());
    row.put("OrgRole", String.valueOf(w.orgRole()));
    if (inPost) {
      row.put("FTE30", fte(w.fte()));
      row.put("Cases30", String.valueOf(caseloads.of(w.workerId())));
    }
    if (!w.agencyWorker()) {
      employed(
          row,
          w,
          census,
          new Rand(laCode.hashCode(), w.workerId().hashCode(), Rand.WORKFORCE_CENSUS));
    }
    return row;
  }

  private static void employed(
      Map<String, String> row, Organisation.Worker w, CensusYear census, Rand rand) {
    row.put("FTE", fte(w.fte()));
    int age = rand.between(23, 64);
    row.put(
        "PersonBirthDate",
        isoDate(census.referenceDate().minusYears(age).minusDays(rand.between(0, 364))));
    row.put("Sex", rand.chance(0.86) ? "F" : "M");
    row.put("Ethnicity", ETHNICITY.pick(rand));
    row.put("QualInst", rand.pick(INSTITUTIONS));
    row.put("QualLevel", QUAL_LEVEL.pick(rand));
    row.put("StepUpGrad", rand.chance(0.03) ? "1" : "0");
    row.put("FrontlineGrad", rand.chance(0.05) ? "1" : "0");
    row.put("RoleStartDate", isoDate(w.roleStartDate()));
    if (!w.roleStartDate().isBefore(census.start())) {
      row.put("StartOrigin", START_ORIGIN.pick(rand));
    }
    LocalDate end = w.roleEndDate();
    if (end != null && !end.isAfter(census.referenceDate())) {
      row.put("RoleEndDate", isoDate(end));
      row.put("ReasonLeave", reasonLeave(w.reasonLeave()));
      row.put("LeaverDestination", LEAVER_DESTINATION.pick(rand));
    }
    row.put("WorkingDaysLost", String.format(Locale.ROOT, "%.2f", w.workingDaysLost()));
    double salary = SALARY_BY_ROLE[w.orgRole()] * w.fte() * (0.9 + 0.2 * rand.uniform());
    row.put("BaseSalary", String.format(Locale.ROOT, "%.2f", salary));
    row.put("RRPayments", rand.chance(0.2) ? String.format(Locale.ROOT, "%.2f", 1500.0) : "0.00");
    row.put("OtherPayments", "0.00");
  }

  private static String reasonLeave(String text) {
    String code = REASON_LEAVE.get(text);
    if (code == null) {
      throw new IllegalStateException("no CSWW ReasonLeave code for '" + text + "'");
    }
    return code;
  }

  /** The LA-level row: vacancies and agency cover on the reference date, allowances offered. */
  static Map<String, String> laLevel(Organisation.WorkforceVacancy v) {
    Map<String, String> row = new HashMap<>();
    row.put("ReferenceDate", isoDate(v.referenceDate()));
    row.put("NumberOfVacancies", String.format(Locale.ROOT, "%.2f", v.numberOfVacancies()));
    row.put("NoAgencyFTE", String.format(Locale.ROOT, "%.2f", v.noAgencyFte()));
    row.put("NoAgencyHeadcount", String.valueOf(v.noAgencyHeadcount()));
    for (String item :
        new String[] {
          "RecruitmentBonus", "RetentionBonus", "PerformanceAward", "CarAllowance",
          "RelocationPackage", "RegionalWeighting", "CostSWE", "CostDBS"
        }) {
      row.put(item, item.equals("CostSWE") || item.equals("CostDBS") ? "1" : "0");
    }
    row.put("OtherAllowances", "None");
    return row;
  }

  /** FTE with the XSD's six decimals. */
  static String fte(double fte) {
    return String.format(Locale.ROOT, "%.6f", fte);
  }
}
