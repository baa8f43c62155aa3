package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** Within one episode, at most one CIN plan may be open (have no CINPlanEndDate). */
@DfeRule(
    code = "4004",
    fields = {"CINPlanEndDate"},
    advice =
        "Record the end date of every CIN plan but the current one; a plan recorded twice should be"
            + " removed.")
final class Rule4004 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      List<XmlNode> open =
          details.all("CINPlanDates").stream()
              .filter(p -> p.text("CINPlanEndDate") == null)
              .toList();
      if (open.size() > 1) {
        var finding = out.flag(open.get(0), "CINPlanEndDate");
        open.stream().skip(1).forEach(p -> finding.flag(p, "CINPlanEndDate"));
      }
    }
  }
}
