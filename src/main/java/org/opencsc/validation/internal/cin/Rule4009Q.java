package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A CIN plan should not end (CINPlanEndDate) after the child's date of death (PersonDeathDate). */
@DfeRule(
    code = "4009Q",
    fields = {"CINPlanEndDate", "PersonDeathDate"},
    advice =
        "A plan ends at the latest on the day the child died: check the plan's end date and"
            + " the date of death.")
final class Rule4009Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    LocalDate died = identifiers.date("PersonDeathDate");
    if (died == null) {
      return;
    }
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("CINPlanDates")) {
        LocalDate ended = plan.date("CINPlanEndDate");
        if (ended != null && ended.isAfter(died)) {
          out.flag(plan, "CINPlanEndDate").flag(identifiers, "PersonDeathDate");
        }
      }
    }
  }
}
