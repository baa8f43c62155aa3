package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A child has at most one open child protection plan (no CPPendDate), across all episodes. */
@DfeRule(
    code = "8935",
    fields = {"CPPendDate"},
    advice = "Record the end date of the earlier plan; a child is on one plan at a time.")
final class Rule8935 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    List<XmlNode> open =
        child.details().stream()
            .flatMap(d -> d.all("ChildProtectionPlans").stream())
            .filter(p -> p.text("CPPendDate") == null)
            .toList();
    if (open.size() > 1) {
      RuleOutput.Finding finding = out.flag(open.get(0), "CPPendDate");
      open.stream().skip(1).forEach(p -> finding.flag(p, "CPPendDate"));
    }
  }
}
