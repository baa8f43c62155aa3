package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** No child protection plan ends (CPPendDate) after the child's date of death (PersonDeathDate). */
@DfeRule(
    code = "8920",
    fields = {"CPPendDate", "PersonDeathDate"},
    advice = "Correct the plan's end date or the child's date of death.")
final class Rule8920 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode ids = child.identifiers();
    LocalDate died = ids.date("PersonDeathDate");
    if (died == null) {
      return;
    }
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        LocalDate date = plan.date("CPPendDate");
        if (date != null && date.isAfter(died)) {
          out.flag(plan, "CPPendDate").flag(ids, "PersonDeathDate");
        }
      }
    }
  }
}
