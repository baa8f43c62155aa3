package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** An episode with a reason for closure has a closure date (CINclosureDate). */
@DfeRule(
    code = "8810",
    fields = {"ReasonForClosure", "CINclosureDate"},
    advice = "Record the date the episode closed, or remove the reason if it is still open.")
final class Rule8810 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    for (XmlNode details : child.details()) {
      if (details.text("ReasonForClosure") != null && details.text("CINclosureDate") == null) {
        out.flag(details, "ReasonForClosure", "CINclosureDate");
      }
    }
  }
}
