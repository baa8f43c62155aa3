package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** The LA child ID (LAchildID) must be at most 20 characters long. */
@DfeRule(
    code = "1570",
    fields = {"LAchildID"},
    advice =
        "Use the case management system's own person ID, which fits; a longer ID is usually two"
            + " fields run together in the extract.")
final class Rule1570 implements Rule<CinChild> {

  static final int MAX_LENGTH = 20;

  @Override
  public void check(CinChild child, RuleOutput out) {
    XmlNode identifiers = child.identifiers();
    String id = identifiers.text("LAchildID");
    if (id != null && id.length() > MAX_LENGTH) {
      out.flag(identifiers, "LAchildID");
    }
  }
}
