package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An episode closed after assessment with no further action (ReasonForClosure RC8) or with a
 * referral to early help (RC9) has no later activity: no Section 47 enquiry, no child protection
 * plan, no initial conference (DateOfInitialCPC) and no CIN plan.
 */
@DfeRule(
    code = "2990",
    fields = {
      "ReasonForClosure",
      "DateOfInitialCPC",
      "S47ActualStartDate",
      "CPPstartDate",
      "CINPlanStartDate"
    },
    advice =
        "If the work went on after the assessment, the closure reason is wrong (the case closed"
            + " later, for another reason); otherwise the activity belongs to another episode.")
final class Rule2990 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      if (!"RC8".equals(details.text("ReasonForClosure"))
          && !"RC9".equals(details.text("ReasonForClosure"))) {
        continue;
      }
      boolean conference = details.text("DateOfInitialCPC") != null;
      var s47s = details.all("Section47");
      var plans = details.all("ChildProtectionPlans");
      var cinPlans = details.all("CINPlanDates");
      if (!conference && s47s.isEmpty() && plans.isEmpty() && cinPlans.isEmpty()) {
        continue;
      }
      var finding = out.flag(details, "ReasonForClosure");
      if (conference) {
        finding.flag(details, "DateOfInitialCPC");
      }
      s47s.forEach(s -> finding.flag(s, "S47ActualStartDate"));
      plans.forEach(p -> finding.flag(p, "CPPstartDate"));
      cinPlans.forEach(p -> finding.flag(p, "CINPlanStartDate"));
    }
  }
}
