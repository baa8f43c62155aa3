package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** An episode with a Section 47 enquiry would normally have an assessment too. */
@DfeRule(
    code = "2991Q",
    fields = {"S47ActualStartDate"},
    advice =
        "Record the assessment carried out alongside the enquiry on the same episode, or explain"
            + " why there was none.")
final class Rule2991Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      List<XmlNode> s47s = details.all("Section47");
      if (s47s.isEmpty() || !details.all("Assessments").isEmpty()) {
        continue;
      }
      var finding = out.flag(s47s.get(0), "S47ActualStartDate");
      s47s.stream().skip(1).forEach(s -> finding.flag(s, "S47ActualStartDate"));
      finding.related(details, "CINreferralDate");
    }
  }
}
