package org.opencsc.validation.internal.cin;

import org.jspecify.annotations.Nullable;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Every child protection plan says how many plans the child had before (NumberOfPreviousCPP): a
 * whole number, zero or more.
 */
@DfeRule(
    code = "8730",
    fields = {"NumberOfPreviousCPP"},
    advice = "Record the number of previous child protection plans, 0 if there were none.")
final class Rule8730 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        if (!wholeNumber(plan.text("NumberOfPreviousCPP"))) {
          out.flag(plan, "NumberOfPreviousCPP");
        }
      }
    }
  }

  private static boolean wholeNumber(@Nullable String text) {
    return text != null && text.matches("\\d{1,9}");
  }
}
