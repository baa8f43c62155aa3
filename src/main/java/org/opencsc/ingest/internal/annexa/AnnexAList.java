package org.opencsc.ingest.internal.annexa;

import static org.opencsc.ingest.internal.annexa.Column.code;
import static org.opencsc.ingest.internal.annexa.Column.date;
import static org.opencsc.ingest.internal.annexa.Column.number;
import static org.opencsc.ingest.internal.annexa.Column.text;
import static org.opencsc.ingest.internal.annexa.Column.yesNo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child lists of Ofsted's Annex A (1–10; list 11, adopters, is not read), each recognised by
 * its sheet's name ({@code List 3}, also {@code List 3 - Referrals}), with the template's headings
 * ({@code shared/docs/data-standards.md} b.3) after the five (lists 4–10: six) every list starts
 * with, and the staging table its staged columns go to, in order.
 */
enum AnnexAList {
  CONTACTS(
      1,
      "stage_annexa_contact",
      date("Date of Contact").as("contact_date").required(),
      code("Contact Source", "source").as("contact_source").required()),
  EARLY_HELP(
      2,
      "stage_annexa_early_help",
      date("Assessment start date").as("start_date").required(),
      date("Assessment completion date").as("end_date"),
      text("Organisation completing assessment").as("organisation").required()),
  REFERRALS(
      3,
      "stage_annexa_referral",
      date("Date of referral").as("referral_date").required(),
      code("Referral Source", "source").as("referral_source").required(),
      yesNo("Referral NFA?").as("referral_nfa"),
      number("Number of Referrals in Last 12 Months"),
      text("Allocated Team"),
      text("Allocated Worker")),
  ASSESSMENTS(
      4,
      "stage_annexa_assessment",
      date("Continuous Assessment Start Date").as("start_date").required(),
      yesNo("Child Seen During Continuous Assessment"),
      date("Continuous Assessment Date of Authorisation").as("authorisation_date"),
      yesNo("Was the child assessed as requiring LA children's social care support?")
          .as("child_in_need"),
      text("Allocated Team"),
      text("Allocated Worker")),
  SECTION_47(
      5,
      "stage_annexa_section47",
      date("Strategy discussion initiating Section 47 Enquiry Start Date")
          .as("start_date")
          .required(),
      yesNo("Was an Initial Child Protection Conference deemed unnecessary?")
          .as("icpc_not_required"),
      date("Date of Initial Child Protection Conference").as("icpc_date"),
      yesNo("Did the Initial Child Protection Conference Result in a Child Protection Plan")
          .as("icpc_cp_plan"),
      number("Number of Section 47 Enquiries in the last 12 months"),
      number("Number of ICPCs in the last 12 months"),
      text("Allocated Team"),
      text("Allocated Worker")),
  CHILDREN_IN_NEED(
      6,
      "stage_annexa_cin",
      date("CIN Start Date").as("referral_date").required(),
      code("Primary Need Code", "need").as("primary_need_code"),
      date("Date Child Was Last Seen"),
      date("CIN Closure Date").as("closure_date"),
      code("Reason for Closure", "closure").as("reason_for_closure"),
      code("Case Status", "case_status"),
      text("Allocated Team"),
      text("Allocated Worker")),
  CHILD_PROTECTION(
      7,
      "stage_annexa_cp_plan",
      date("Child Protection Plan Start Date").as("start_date").required(),
      code("Initial Category of Abuse", "abuse").as("initial_category").required(),
      code("Latest Category of Abuse", "abuse").as("latest_category").required(),
      date("Date of the Last Statutory Visit"),
      yesNo("Was the Child Seen Alone?"),
      date("Date of latest review conference"),
      date("Child Protection Plan End Date").as("end_date"),
      yesNo(
          "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six"
              + " Months (Y/N)"),
      number("Number of Previous Child Protection Plans").as("previous_plans"),
      text("Allocated Team"),
      text("Allocated Worker")),
  CHILDREN_IN_CARE(8, "stage_annexa_cla", ChildrenInCare.COLUMNS),
  CARE_LEAVERS(
      9,
      "stage_annexa_care_leaver",
      yesNo("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)")
          .absentAllowed(),
      text("Allocated Team"),
      text("Allocated Worker"),
      text("Allocated Personal Advisor").absentAllowed(),
      code("Eligibility Category", "eligibility").required(),
      date("Latest Pathway Plan Review Date").as("pathway_plan_review_date").absentAllowed(),
      code("LA in Touch", "in_touch").as("in_touch").required(),
      date("Latest Date of Contact").as("contact_date").absentAllowed(),
      code("Type of Accommodation", "accommodation").as("accommodation"),
      code("Suitability of Accommodation", "suitability").as("suitability"),
      code("Activity Status", "activity").as("activity")),
  ADOPTION(
      10,
      "stage_annexa_adoption",
      text("Family identifier"),
      date("Date the Child Entered Care"),
      date("Date of Decision that Child Should be Placed for Adoption").as("date_int").required(),
      date("Date of Placement Order"),
      date("Date of Matching Child and Prospective Adopters").as("date_match"),
      date("Date Placed for Adoption").as("date_placed"),
      date("Date of Adoption Order"),
      date("Date of Decision that Child Should No Longer be Placed for Adoption")
          .as("date_placed_ceased"),
      code("Reason Why Child No Longer Placed for Adoption", "adoption_reason")
          .as("reason_placed_ceased"),
      date("Date the child was placed for fostering in FFA or concurrent planning placement"));

  private static final Pattern SHEET = Pattern.compile("(?i)^\\s*list\\s*0*(\\d{1,2})(?!\\d).*");

  private final int number;
  private final String stagingTable;
  private final List<Column> columns;

  AnnexAList(int number, String stagingTable, Column... own) {
    this.number = number;
    this.stagingTable = stagingTable;
    List<Column> all = new ArrayList<>();
    all.add(text("Child Unique ID").required());
    all.add(code("Gender", "gender").required());
    all.add(code("Ethnicity", "ethnicity").required());
    all.add(date("Date of Birth"));
    all.add(number("Age of Child (Years)"));
    if (number >= 4) {
      all.add(yesNo("Does the Child have a Disability"));
    }
    all.addAll(List.of(own));
    this.columns = List.copyOf(all);
  }

  /** The list a sheet's name stands for: {@code List 3}, {@code LIST 03 - Referrals}. */
  static Optional<AnnexAList> bySheetName(String sheet) {
    Matcher m = SHEET.matcher(sheet);
    if (!m.matches()) {
      return Optional.empty();
    }
    int n = Integer.parseInt(m.group(1));
    for (AnnexAList list : values()) {
      if (list.number == n) {
        return Optional.of(list);
      }
    }
    return Optional.empty();
  }

  /** True for a sheet name of any Annex A list, 1–11 (recognition). */
  static boolean isListSheet(String sheet) {
    Matcher m = SHEET.matcher(sheet);
    return m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 11;
  }

  String label() {
    return "List " + number;
  }

  List<Column> columns() {
    return columns;
  }

  String stagingTable() {
    return stagingTable;
  }

  /** The staging table's columns: source_file, source_row, child_id, then the staged ones. */
  String stagingColumns() {
    StringBuilder names = new StringBuilder("source_file, source_row, child_id");
    for (Column c : columns) {
      if (c.staged() != null) {
        names.append(", ").append(c.staged());
      }
    }
    return names.toString();
  }
}
