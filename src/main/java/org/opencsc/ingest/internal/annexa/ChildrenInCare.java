package org.opencsc.ingest.internal.annexa;

import static org.opencsc.ingest.internal.annexa.Column.code;
import static org.opencsc.ingest.internal.annexa.Column.date;
import static org.opencsc.ingest.internal.annexa.Column.number;
import static org.opencsc.ingest.internal.annexa.Column.text;
import static org.opencsc.ingest.internal.annexa.Column.yesNo;

/** The columns of Annex A list 8 (children in care), after the six every list 4–10 starts with. */
final class ChildrenInCare {

  static final Column[] COLUMNS = {
    yesNo("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)").as("uasc"),
    date("Date Started to be Looked After").as("period_start").required(),
    code("Child's Category of Need", "need").as("cin").required(),
    yesNo(
        "Is this a second or subsequent period of being a Looked After Child within the last 12"
            + " months (Y/N)"),
    date("Start date of current legal status").as("legal_status_start").required(),
    code("Child's Legal Status", "legal_status").as("ls").required(),
    date("Date of Latest Statutory Review"),
    date("Date of Last Social Work Visit"),
    code("What is the permanence plan for this child?", "permanence"),
    date("Date of Last IRO Visit / Contact to the Child"),
    date("Date of Last Health Assessment"),
    date("Date of Last Dental Check"),
    number("Number of Placements in the Last 12 months"),
    date("Date Ceased to be Looked After").as("dec"),
    code("Reason Ceased to be Looked After", "reason_ceased").as("rec"),
    date("Start Date of Most Recent Placement").as("placement_start").required(),
    code("Placement Type", "placement").as("place").required(),
    code("Placement Provider", "provider").as("place_provider"),
    text("Placement postcode").as("pl_post"),
    text("URN of Placement").as("urn"),
    code("Placement Location", "location"),
    text("LA of Placement"),
    number(
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12"
            + " months"),
    number(
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12"
            + " months"),
    yesNo("Was the child offered a Return Interview after their last missing episode (Y/N)?"),
    yesNo("Did the child accept a Return Interview after their last missing episode (Y/N)?"),
    text("Allocated Team"),
    text("Allocated Worker")
  };

  private ChildrenInCare() {}
}
