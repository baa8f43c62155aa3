package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * Within one episode of need, at most one section 47 enquiry is open: without a DateOfInitialCPC
 * and without ICPCnotRequired true.
 */
@DfeRule(
    code = "8839",
    fields = {"DateOfInitialCPC", "ICPCnotRequired"},
    advice =
        "Record the conference date of the earlier enquiry, or that no conference was required.")
final class Rule8839 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      List<XmlNode> open =
          details.all("Section47").stream()
              .filter(
                  s ->
                      s.text("DateOfInitialCPC") == null
                          && !CinValues.yes(s.text("ICPCnotRequired")))
              .toList();
      if (open.size() > 1) {
        RuleOutput.Finding finding = out.flag(open.get(0), "DateOfInitialCPC");
        open.stream().skip(1).forEach(s -> finding.flag(s, "DateOfInitialCPC"));
      }
    }
  }
}
