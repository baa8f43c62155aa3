package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A child protection plan's reviews (CPPreviewDate) fall after the day the plan starts. */
@DfeRule(
    code = "8841",
    fields = {"CPPreviewDate", "CPPstartDate"},
    advice =
        "Correct the review date or the plan's start date; the initial conference that starts the"
            + " plan is not a review.")
final class Rule8841 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        LocalDate started = plan.date("CPPstartDate");
        if (started == null) {
          continue;
        }
        for (XmlNode reviews : plan.all("Reviews")) {
          for (XmlNode review : reviews.all("CPPreviewDate")) {
            LocalDate reviewed = review.dateValue();
            if (reviewed != null && !reviewed.isAfter(started)) {
              out.flag(review, "CPPreviewDate").flag(plan, "CPPstartDate");
            }
          }
        }
      }
    }
  }
}
