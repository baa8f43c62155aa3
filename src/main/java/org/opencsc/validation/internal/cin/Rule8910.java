package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Every child protection plan has its latest category of abuse (LatestCategoryOfAbuse), a code of
 * the year's CIN census code set.
 */
@DfeRule(
    code = "8910",
    fields = {"LatestCategoryOfAbuse"},
    advice = "Record the plan's latest category of abuse (NEG, PHY, SAB, EMO or MUL).")
final class Rule8910 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        String category = plan.text("LatestCategoryOfAbuse");
        if (category == null || !child.census().codes().valid("LatestCategoryOfAbuse", category)) {
          out.flag(plan, "LatestCategoryOfAbuse");
        }
      }
    }
  }
}
