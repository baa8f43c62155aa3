package org.opencsc.validation.internal.cin;

import java.util.List;
import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** A child's disabilities are either NONE alone, or one or more disabilities without NONE. */
@DfeRule(
    code = "8790",
    fields = {"Disability"},
    advice = "Remove NONE from a child recorded with a disability, or the disabilities if none.")
final class Rule8790 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    List<XmlNode> disabilities = child.characteristics().child("Disabilities").all("Disability");
    boolean none = disabilities.stream().anyMatch(d -> d.text().equalsIgnoreCase("NONE"));
    if (!none || disabilities.size() < 2) {
      return;
    }
    RuleOutput.Finding finding = out.flag(disabilities.get(0), "Disability");
    disabilities.stream().skip(1).forEach(d -> finding.flag(d, "Disability"));
  }
}
