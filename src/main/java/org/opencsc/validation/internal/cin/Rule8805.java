package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** An episode with a closure date (CINclosureDate) has a reason for closure. */
@DfeRule(
    code = "8805",
    fields = {"CINclosureDate", "ReasonForClosure"},
    advice = "Record why the episode closed, or remove the closure date if it is still open.")
final class Rule8805 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      if (details.text("CINclosureDate") != null && details.text("ReasonForClosure") == null) {
        out.flag(details, "CINclosureDate", "ReasonForClosure");
      }
    }
  }
}
