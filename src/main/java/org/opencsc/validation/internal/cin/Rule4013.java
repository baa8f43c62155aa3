package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A CIN plan's end date (CINPlanEndDate), where given, falls within the census period (1 April to
 * the reference date).
 */
@DfeRule(
    code = "4013",
    fields = {"CINPlanEndDate"},
    advice =
        "Check the plan's end date: a plan still open at the reference date has no end date, and"
            + " one that ended before 1 April is not part of this census.")
final class Rule4013 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate from = child.census().periodStart();
    LocalDate to = child.census().periodEnd();
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("CINPlanDates")) {
        LocalDate ended = plan.date("CINPlanEndDate");
        if (ended != null && !CinFacts.within(ended, from, to)) {
          out.flag(plan, "CINPlanEndDate");
        }
      }
    }
  }
}
