package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** No CIN plan may start (CINPlanStartDate) after the child's date of death (PersonDeathDate). */
@DfeRule(
    code = "4008",
    fields = {"CINPlanStartDate", "PersonDeathDate"},
    advice = "Check the date of death and the plan's start date; one of them is mistyped.")
final class Rule4008 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    LocalDate died = identifiers.date("PersonDeathDate");
    if (died == null) {
      return;
    }
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("CINPlanDates")) {
        LocalDate started = plan.date("CINPlanStartDate");
        if (started != null && started.isAfter(died)) {
          out.flag(plan, "CINPlanStartDate").flag(identifiers, "PersonDeathDate");
        }
      }
    }
  }
}
