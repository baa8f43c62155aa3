package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * A child protection plan's Reviews group holds review dates, each a valid date: a query if not.
 */
@DfeRule(
    code = "8842Q",
    fields = {"CPPreviewDate"},
    advice = "Record the date of each review conference, or remove the empty review record.")
final class Rule8842Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      for (XmlNode plan : details.all("ChildProtectionPlans")) {
        for (XmlNode reviews : plan.all("Reviews")) {
          List<XmlNode> dates = reviews.all("CPPreviewDate");
          if (dates.isEmpty()) {
            out.flag(reviews, "CPPreviewDate");
          }
          for (XmlNode date : dates) {
            if (date.dateValue() == null) {
              out.flag(date, "CPPreviewDate");
            }
          }
        }
      }
    }
  }
}
