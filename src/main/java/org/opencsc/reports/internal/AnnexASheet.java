package org.opencsc.reports.internal;

import static org.opencsc.reports.internal.AnnexAColumn.code;
import static org.opencsc.reports.internal.AnnexAColumn.date;
import static org.opencsc.reports.internal.AnnexAColumn.text;
import static org.opencsc.reports.internal.AnnexAColumn.yesNo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The lists of Ofsted's Annex A template (ILACS; {@code shared/docs/data-standards.md} b.3), one
 * sheet each, named {@code List 1} … {@code List 11} as the template names them, with its headings
 * in its order. Lists 1–10 are about children: their first five columns are the child's (lists 4–10
 * add the disability column), the rest come from the list's query, {@code sql/list<n>.sql}, one
 * column a heading. List 11 (adopters) has no query: the snapshot holds no adopters
 * (docs/reports.md).
 */
public enum AnnexASheet {
  CONTACTS(1, false, date("Date of Contact"), code("Contact Source", "source")),
  EARLY_HELP(
      2,
      false,
      date("Assessment start date"),
      date("Assessment completion date"),
      text("Organisation completing assessment")),
  REFERRALS(
      3,
      false,
      date("Date of referral"),
      code("Referral Source", "source"),
      yesNo("Referral NFA?"),
      AnnexAColumn.number("Number of Referrals in Last 12 Months"),
      text("Allocated Team"),
      text("Allocated Worker")),
  ASSESSMENTS(
      4,
      true,
      date("Continuous Assessment Start Date"),
      yesNo("Child Seen During Continuous Assessment"),
      date("Continuous Assessment Date of Authorisation"),
      yesNo("Was the child assessed as requiring LA children's social care support?"),
      text("Allocated Team"),
      text("Allocated Worker")),
  SECTION_47(
      5,
      true,
      date("Strategy discussion initiating Section 47 Enquiry Start Date"),
      yesNo("Was an Initial Child Protection Conference deemed unnecessary?"),
      date("Date of Initial Child Protection Conference"),
      yesNo("Did the Initial Child Protection Conference Result in a Child Protection Plan"),
      AnnexAColumn.number("Number of Section 47 Enquiries in the last 12 months"),
      AnnexAColumn.number("Number of ICPCs in the last 12 months"),
      text("Allocated Team"),
      text("Allocated Worker")),
  CHILDREN_IN_NEED(
      6,
      true,
      date("CIN Start Date"),
      code("Primary Need Code", "need"),
      date("Date Child Was Last Seen"),
      date("CIN Closure Date"),
      code("Reason for Closure", "closure"),
      code("Case Status", "case_status"),
      text("Allocated Team"),
      text("Allocated Worker")),
  CHILD_PROTECTION(
      7,
      true,
      date("Child Protection Plan Start Date"),
      code("Initial Category of Abuse", "abuse"),
      code("Latest Category of Abuse", "abuse"),
      date("Date of the Last Statutory Visit"),
      yesNo("Was the Child Seen Alone?"),
      date("Date of latest review conference"),
      date("Child Protection Plan End Date"),
      yesNo(
          "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six"
              + " Months (Y/N)"),
      AnnexAColumn.number("Number of Previous Child Protection Plans"),
      text("Allocated Team"),
      text("Allocated Worker")),
  CHILDREN_IN_CARE(
      8,
      true,
      yesNo("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)"),
      date("Date Started to be Looked After"),
      code("Child's Category of Need", "need"),
      yesNo(
          "Is this a second or subsequent period of being a Looked After Child within the last 12"
              + " months (Y/N)"),
      date("Start date of current legal status"),
      code("Child's Legal Status", "legal_status"),
      date("Date of Latest Statutory Review"),
      date("Date of Last Social Work Visit"),
      code("What is the permanence plan for this child?", "permanence"),
      date("Date of Last IRO Visit / Contact to the Child"),
      date("Date of Last Health Assessment"),
      date("Date of Last Dental Check"),
      AnnexAColumn.number("Number of Placements in the Last 12 months"),
      date("Date Ceased to be Looked After"),
      code("Reason Ceased to be Looked After", "reason_ceased"),
      date("Start Date of Most Recent Placement"),
      code("Placement Type", "placement"),
      code("Placement Provider", "provider"),
      text("Placement postcode"),
      text("URN of Placement"),
      code("Placement Location", "location"),
      text("LA of Placement"),
      AnnexAColumn.number(
          "Number of Episodes the Child has been 'Missing' from their Placement in the last 12"
              + " months"),
      AnnexAColumn.number(
          "Number of Episodes the Child has been 'Absent' from their Placement in the last 12"
              + " months"),
      yesNo("Was the child offered a Return Interview after their last missing episode (Y/N)?"),
      yesNo("Did the child accept a Return Interview after their last missing episode (Y/N)?"),
      text("Allocated Team"),
      text("Allocated Worker")),
  CARE_LEAVERS(
      9,
      true,
      yesNo("Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)"),
      text("Allocated Team"),
      text("Allocated Worker"),
      text("Allocated Personal Advisor"),
      code("Eligibility Category", "eligibility"),
      date("Latest Pathway Plan Review Date"),
      code("LA in Touch", "in_touch"),
      date("Latest Date of Contact"),
      code("Type of Accommodation", "accommodation"),
      code("Suitability of Accommodation", "suitability"),
      code("Activity Status", "activity")),
  ADOPTION(
      10,
      true,
      text("Family identifier"),
      date("Date the Child Entered Care"),
      date("Date of Decision that Child Should be Placed for Adoption"),
      date("Date of Placement Order"),
      date("Date of Matching Child and Prospective Adopters"),
      date("Date Placed for Adoption"),
      date("Date of Adoption Order"),
      date("Date of Decision that Child Should No Longer be Placed for Adoption"),
      code("Reason Why Child No Longer Placed for Adoption", "adoption_reason"),
      date("Date the child was placed for fostering in FFA or concurrent planning placement")),
  ADOPTERS(
      11,
      false,
      text("Individual adopter identifier"),
      text("Family identifier"),
      text("Gender"),
      text("Ethnicity"),
      text("Disability"),
      text("Is the (prospective) adopter fostering for adoption?"),
      date("Date enquiry received"),
      date("Date Stage 1 started"),
      date("Date Stage 1 ended"),
      date("Date Stage 2 started"),
      date("Date Stage 2 ended"),
      date("Date application submitted"),
      date("Date application approved"),
      date("Date adopter matched with child(ren)"),
      date("Date child/children placed with adopter(s)"),
      AnnexAColumn.number("No. of children placed"),
      date("Date of Adoption Order"),
      date("Date of leaving adoption process"),
      text("Reason for leaving adoption process"));

  private final int number;
  private final List<AnnexAColumn> own;
  private final List<AnnexAColumn> columns;

  AnnexASheet(int number, boolean disability, AnnexAColumn... own) {
    this.number = number;
    this.own = List.of(own);
    List<AnnexAColumn> all = new ArrayList<>();
    if (number <= 10) {
      all.add(text("Child Unique ID"));
      all.add(code("Gender", "gender"));
      all.add(code("Ethnicity", "ethnicity"));
      all.add(date("Date of Birth"));
      all.add(AnnexAColumn.number("Age of Child (Years)"));
      if (disability) {
        all.add(yesNo("Does the Child have a Disability"));
      }
    }
    all.addAll(this.own);
    this.columns = List.copyOf(all);
  }

  /** The sheet's name in the template. */
  public String sheetName() {
    return "List " + number;
  }

  public int number() {
    return number;
  }

  /** Every column, the child's first, in the template's order. */
  public List<AnnexAColumn> columns() {
    return columns;
  }

  public List<String> headings() {
    return columns.stream().map(AnnexAColumn::heading).toList();
  }

  /** The child's columns the list starts with: 5, 6 with the disability column, 0 for list 11. */
  public int childColumns() {
    return columns.size() - own.size();
  }

  /** The list's query ({@code sql/list<n>.sql}), or null for a list the snapshot cannot fill. */
  public @Nullable String queryFile() {
    return number <= 10 ? "sql/list" + number + ".sql" : null;
  }
}
