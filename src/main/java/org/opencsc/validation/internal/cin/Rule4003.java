package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Within one episode, no child protection review (CPPreviewDate) may fall while a CIN plan is open
 * (on or after its CINPlanStartDate and before its CINPlanEndDate, or with no end date), unless the
 * review is the one that ended the protection plan (the review date is the CPPendDate): the CIN
 * plan then follows the protection plan.
 */
@DfeRule(
    code = "4003",
    fields = {"CPPreviewDate", "CINPlanStartDate", "CINPlanEndDate", "CPPendDate"},
    advice =
        "A child is on a child protection plan or a CIN plan, not both: check the CIN plan's dates"
            + " and the protection plan's reviews and end date.")
final class Rule4003 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode protection : details.all("ChildProtectionPlans")) {
        LocalDate ended = protection.date("CPPendDate");
        for (XmlNode review : protection.child("Reviews").all("CPPreviewDate")) {
          LocalDate held = review.dateValue();
          if (held == null || held.equals(ended)) {
            continue;
          }
          for (XmlNode plan : details.all("CINPlanDates")) {
            if (open(plan, held)) {
              out.flag(new RepeatedElement("Reviews", review), "CPPreviewDate")
                  .flag(plan, "CINPlanStartDate", "CINPlanEndDate");
            }
          }
        }
      }
    }
  }

  private static boolean open(XmlNode plan, LocalDate day) {
    LocalDate start = plan.date("CINPlanStartDate");
    LocalDate end = plan.date("CINPlanEndDate");
    return start != null && !day.isBefore(start) && (end == null || day.isBefore(end));
  }
}
