package org.opencsc.validation.internal.cin;

import java.time.LocalDate;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * No child protection plan starts (CPPstartDate) after the child's date of death (PersonDeathDate).
 */
@DfeRule(
    code = "8915",
    fields = {"CPPstartDate", "PersonDeathDate"},
    advice = "Correct the plan's start date or the child's date of death.")
final class Rule8915 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode ids = child.identifiers();
    LocalDate died = ids.date("PersonDeathDate");
    if (died == null) {
      return;
    }
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        LocalDate date = plan.date("CPPstartDate");
        if (date != null && date.isAfter(died)) {
          out.flag(plan, "CPPstartDate").flag(ids, "PersonDeathDate");
        }
      }
    }
  }
}
