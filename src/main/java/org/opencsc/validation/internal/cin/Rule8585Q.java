package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/**
 * An episode closed because the child died (ReasonForClosure RC2) goes with a valid date of death
 * (PersonDeathDate).
 */
@DfeRule(
    code = "8585Q",
    fields = {"ReasonForClosure", "PersonDeathDate"},
    advice =
        "Record the child's date of death, or correct the closure reason if the child did not die.")
final class Rule8585Q implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = CinFacts.identifiers(child);
    if (identifiers.date("PersonDeathDate") != null) {
      return;
    }
    for (XmlNode details : child.details()) {
      if ("RC2".equals(details.text("ReasonForClosure"))) {
        out.flag(details, "ReasonForClosure").flag(identifiers, "PersonDeathDate");
      }
    }
  }
}
