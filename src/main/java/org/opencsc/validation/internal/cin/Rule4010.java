package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Every CIN plan has a start date (CINPlanStartDate), a valid date on or before the census's
 * reference date.
 */
@DfeRule(
    code = "4010",
    fields = {"CINPlanStartDate"},
    advice =
        "Record the date the CIN plan started; a plan starting after 31 March belongs to next"
            + " year's census.")
final class Rule4010 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    LocalDate end = child.census().periodEnd();
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("CINPlanDates")) {
        LocalDate started = plan.date("CINPlanStartDate");
        if (started == null || started.isAfter(end)) {
          out.flag(plan, "CINPlanStartDate");
        }
      }
    }
  }
}
