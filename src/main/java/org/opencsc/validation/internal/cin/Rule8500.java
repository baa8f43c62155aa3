package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** Every child has an LA child ID (LAchildID). */
@DfeRule(
    code = "8500",
    fields = {"LAchildID"},
    advice =
        "Every child in the extract needs the case management system's person ID; a child without"
            + " one is usually a record created in error.")
final class Rule8500 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = CinFacts.identifiers(child);
    if (identifiers.text("LAchildID") == null) {
      out.flag(identifiers, "LAchildID");
    }
  }
}
