package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Every child protection plan has its initial category of abuse (InitialCategoryOfAbuse), a code of
 * the year's CIN census code set.
 */
@DfeRule(
    code = "8905",
    fields = {"InitialCategoryOfAbuse"},
    advice = "Record the plan's initial category of abuse (NEG, PHY, SAB, EMO or MUL).")
final class Rule8905 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        String category = plan.text("InitialCategoryOfAbuse");
        if (category == null || !child.census().codes().valid("InitialCategoryOfAbuse", category)) {
          out.flag(plan, "InitialCategoryOfAbuse");
        }
      }
    }
  }
}
