package org.opencsc.validation.internal.cin;

import org.opencsc.validation.DfeRule;
import org.opencsc.validation.Rule;
import org.opencsc.validation.RuleOutput;
import org.opencsc.validation.cin.CinChild;
import org.opencsc.validation.cin.XmlNode;

/** Every child in the census has at least one episode of need (CINdetails). */
@DfeRule(
    code = "8590",
    fields = {"LAchildID"},
    advice =
        "A child with no episode in the census year should not be in the extract; otherwise the"
            + " episode was left out of it.")
final class Rule8590 implements Rule<CinChild> {

  @Override
  public void check(CinChild child, RuleOutput out) {
    if (child.details().isEmpty()) {
      XmlNode identifiers = CinFacts.identifiers(child);
      out.flag(identifiers, "LAchildID");
    }
  }
}
